'use strict';
// The global WebSocket against a hand-written server (http 'upgrade'):
// the handshake's headers, text and binary messages both ways (Blob,
// ArrayBuffer, views), fragments with a ping between them, a
// permessage-deflate message, both sides closing, protocol errors (invalid
// UTF-8, a masked frame, a bad Sec-WebSocket-Accept), and the constructor's,
// close()'s and send()'s argument errors. The server's log and the
// client's events are compared apart: their interleaving is timing.
const assert = require('assert');
const http = require('http');
const crypto = require('crypto');
const zlib = require('zlib');

function frame(opcode, payload, { fin = true, rsv1 = false } = {}) {
  payload = Buffer.from(payload);
  const head = Buffer.from([(fin ? 0x80 : 0) | (rsv1 ? 0x40 : 0) | opcode, payload.length]);
  return Buffer.concat([head, payload]);
}

// The client's frames: [opcode, unmasked payload].
function readFrames(buf) {
  const out = [];
  let i = 0;
  while (i + 2 <= buf.length) {
    const op = buf[i] & 15;
    assert.strictEqual(buf[i + 1] & 0x80, 0x80); // a client masks every frame
    let len = buf[i + 1] & 127;
    let p = i + 2;
    if (len === 126) {
      len = buf.readUInt16BE(p);
      p += 2;
    }
    const mask = buf.subarray(p, p + 4);
    p += 4;
    out.push([op, Buffer.from(buf.subarray(p, p + len)).map((b, k) => b ^ mask[k & 3])]);
    i = p + len;
  }
  return out;
}

function session(mode) {
  const serverLog = [];
  const clientLog = [];
  return new Promise((resolve) => {
    const server = http.createServer();
    server.on('upgrade', (req, socket) => {
      const accept = crypto.createHash('sha1')
        .update(`${req.headers['sec-websocket-key']}258EAFA5-E914-47DA-95CA-C5AB0DC85B11`).digest('base64');
      let head = 'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        `Sec-WebSocket-Accept: ${mode === 'badaccept' ? 'x' : accept}\r\n`;
      if (mode === 'protocol') head += 'Sec-WebSocket-Protocol: chat\r\n';
      if (mode === 'deflate') head += 'Sec-WebSocket-Extensions: permessage-deflate\r\n';
      socket.write(`${head}\r\n`);
      const h = req.headers;
      serverLog.push(`${req.method} ${req.url} ${h.upgrade} ${h.connection} ${h['sec-websocket-version']} ` +
                     `${h['sec-websocket-protocol']} ${h['sec-websocket-extensions']} ${h['sec-fetch-mode']}`);
      if (mode === 'badutf8') socket.write(frame(1, Buffer.from([0xff, 0xfe])));
      if (mode === 'fragments') {
        socket.write(Buffer.concat([frame(1, 'hel', { fin: false }), frame(9, 'pi'), frame(0, 'lo')]));
      }
      if (mode === 'deflate') {
        const d = zlib.deflateRawSync('compressed hello', { finishFlush: zlib.constants.Z_SYNC_FLUSH });
        socket.write(frame(1, d.subarray(0, d.length - 4), { rsv1: true }));
      }
      if (mode === 'serverclose') socket.write(frame(8, Buffer.concat([Buffer.from([0x0f, 0xa0]), Buffer.from('bye')])));
      if (mode === 'masked') socket.write(Buffer.from([0x81, 0x81, 1, 2, 3, 4, 5]));
      socket.on('data', (d) => {
        for (const [op, data] of readFrames(d)) {
          serverLog.push(op === 8 ?
            `close ${data.length >= 2 ? data.readUInt16BE(0) : '-'} ${data.subarray(2)}` :
            `op ${op} ${data.toString('hex')}`);
          if (op === 1 || op === 2) socket.write(frame(op, data));
          if (op === 8) socket.end(frame(8, data.subarray(0, 2)));
        }
      });
      socket.on('error', () => {});
    });
    server.listen(0, () => {
      const ws = new WebSocket(`ws://localhost:${server.address().port}/path?x=1`,
                               mode === 'protocol' ? ['chat', 'superchat'] : undefined);
      const origin = `ws://localhost:${server.address().port}`;
      ws.binaryType = mode === 'arraybuffer' ? 'arraybuffer' : 'blob';
      clientLog.push(`created ${ws.readyState} ${ws.url === `${origin}/path?x=1`} ${ws.binaryType}`);
      ws.onopen = () => {
        clientLog.push(`open ${ws.readyState} protocol=${ws.protocol} extensions=${ws.extensions}`);
        if (mode === 'echo' || mode === 'arraybuffer') {
          ws.send('hi');
          ws.send(new Uint8Array([1, 2, 3]));
          ws.send(new Blob(['blob!']));
          ws.send(new ArrayBuffer(2));
          clientLog.push(`buffered ${ws.bufferedAmount}`);
        }
        if (mode === 'clientclose') ws.close(4000, 'done');
        if (mode === 'protocol') ws.close();
      };
      let n = 0;
      ws.onmessage = async (e) => {
        const d = e.data;
        const shown = typeof d === 'string' ? JSON.stringify(d) :
          `${d.constructor.name}:${Buffer.from(d instanceof Blob ? await d.arrayBuffer() : d).toString('hex')}`;
        clientLog.push(`message ${e.origin === origin} ${shown}`);
        if (++n === 4 || mode === 'fragments' || mode === 'deflate') ws.close();
      };
      ws.addEventListener('error', (e) => {
        clientLog.push(`error ${e.constructor.name} ${JSON.stringify(e.message)} ${e.error?.constructor.name}`);
      });
      ws.onclose = (e) => {
        clientLog.push(`close ${e.constructor.name} ${e.code} ${JSON.stringify(e.reason)} ${e.wasClean} ${ws.readyState}`);
        setTimeout(() => {
          server.close();
          resolve({ serverLog, clientLog });
        }, 50);
      };
    });
  });
}

const handshake = 'GET /path?x=1 websocket upgrade 13 undefined permessage-deflate; client_max_window_bits websocket';
const expected = {
  echo: {
    serverLog: [handshake, 'op 1 6869', 'op 2 010203', 'op 2 626c6f6221', 'op 2 0000', 'close - '],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'buffered 12', 'message true "hi"',
                'message true Blob:010203', 'message true Blob:626c6f6221', 'message true Blob:0000',
                'close CloseEvent 1005 "" true 3'],
  },
  arraybuffer: {
    serverLog: [handshake, 'op 1 6869', 'op 2 010203', 'op 2 626c6f6221', 'op 2 0000', 'close - '],
    clientLog: ['created 0 true arraybuffer', 'open 1 protocol= extensions=', 'buffered 12', 'message true "hi"',
                'message true ArrayBuffer:010203', 'message true ArrayBuffer:626c6f6221',
                'message true ArrayBuffer:0000', 'close CloseEvent 1005 "" true 3'],
  },
  protocol: {
    serverLog: [handshake.replace('undefined', 'chat, superchat'), 'close - '],
    clientLog: ['created 0 true blob', 'open 1 protocol=chat extensions=', 'close CloseEvent 1005 "" true 3'],
  },
  fragments: {
    serverLog: [handshake, 'op 10 7069', 'close - '],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'message true "hello"',
                'close CloseEvent 1005 "" true 3'],
  },
  deflate: {
    serverLog: [handshake, 'close - '],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=permessage-deflate',
                'message true "compressed hello"', 'close CloseEvent 1005 "" true 3'],
  },
  serverclose: {
    serverLog: [handshake, 'close 4000 '],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'close CloseEvent 4000 "bye" true 3'],
  },
  clientclose: {
    serverLog: [handshake, 'close 4000 done'],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'close CloseEvent 4000 "" true 3'],
  },
  badutf8: {
    serverLog: [handshake, 'close 1007 Received invalid UTF-8 in text frame.'],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'error ErrorEvent "" TypeError',
                'close CloseEvent 1006 "" false 3'],
  },
  masked: {
    serverLog: [handshake, 'close 1002 Frame cannot be masked'],
    clientLog: ['created 0 true blob', 'open 1 protocol= extensions=', 'error ErrorEvent "" TypeError',
                'close CloseEvent 1006 "" false 3'],
  },
  badaccept: {
    serverLog: [handshake],
    clientLog: ['created 0 true blob', 'error ErrorEvent "" TypeError', 'close CloseEvent 1006 "" false 3'],
  },
};

(async () => {
  for (const mode of Object.keys(expected)) {
    const got = await session(mode);
    assert.deepStrictEqual(got, expected[mode], mode);
  }

  // Arguments.
  assert.throws(() => new WebSocket(), {
    name: 'TypeError', message: 'WebSocket constructor: 1 argument required, but 0 found.',
  });
  for (const [args, message] of [
    [['nope'], 'TypeError: Invalid URL'], [['ftp://x'], 'expected a ws: or wss: url'], [['ws://x/#a'], 'hash'],
    [['ws://x/#'], 'hash'], [['ws://x', ['a', 'A']], 'Invalid Sec-WebSocket-Protocol value'],
    [['ws://x', 'a b'], 'Invalid Sec-WebSocket-Protocol value'], [['ws://x', ''], 'Invalid Sec-WebSocket-Protocol value'],
  ]) {
    assert.throws(() => new WebSocket(...args), { name: 'SyntaxError', message, code: 12 });
  }
  for (const [url, expectedUrl] of [['http://x/y', 'ws://x/y'], ['https://x/y', 'wss://x/y']]) {
    const ws = new WebSocket(url, { protocols: 'p' });
    ws.onerror = () => {};
    assert.strictEqual(ws.url, expectedUrl);
    ws.close();
  }

  // A socket still connecting: send() throws, close() checks its
  // arguments, then fails the connection at once (events included).
  const ws = new WebSocket('ws://localhost:1');
  const events = [];
  ws.onerror = (e) => events.push(`error ${e.constructor.name}`);
  ws.onclose = (e) => events.push(`close ${e.code} ${e.wasClean} ${ws.readyState}`);
  assert.throws(() => ws.send('x'), { name: 'InvalidStateError', message: 'Sent before connected.' });
  assert.throws(() => ws.send(), { name: 'TypeError' });
  for (const [args, name, message] of [
    [[999], 'InvalidAccessError', 'invalid code'], [[5000], 'InvalidAccessError', 'invalid code'],
    [[-1], 'InvalidAccessError', 'invalid code'], [[NaN], 'InvalidAccessError', 'invalid code'],
    [[1000, 'x'.repeat(124)], 'SyntaxError', 'Reason must be less than 123 bytes; received 124'],
    [[3000, 'é'.repeat(62)], 'SyntaxError', 'Reason must be less than 123 bytes; received 124'],
  ]) {
    assert.throws(() => ws.close(...args), { name, message });
  }
  ws.close(1000.5);
  assert.deepStrictEqual(events, ['error ErrorEvent', 'close 1006 false 3']);
  assert.strictEqual(ws.readyState, WebSocket.CLOSING);

  // The interface.
  assert.deepStrictEqual(Object.getOwnPropertyNames(WebSocket.prototype), [
    'constructor', 'close', 'send', 'readyState', 'bufferedAmount', 'url', 'extensions', 'protocol',
    'onopen', 'onerror', 'onclose', 'onmessage', 'binaryType', 'CONNECTING', 'OPEN', 'CLOSING', 'CLOSED',
  ]);
  assert.deepStrictEqual([WebSocket.CONNECTING, WebSocket.OPEN, WebSocket.CLOSING, WebSocket.CLOSED], [0, 1, 2, 3]);
  assert.strictEqual(Object.prototype.toString.call(ws), '[object WebSocket]');
  ws.binaryType = 'nope';
  assert.strictEqual(ws.binaryType, 'blob');
  ws.onopen = 5;
  assert.strictEqual(ws.onopen, null);
  const ce = new CloseEvent('close', { code: 70000, reason: 'r', wasClean: 1 });
  assert.deepStrictEqual([ce.type, ce.code, ce.reason, ce.wasClean], ['close', 4464, 'r', true]);
  assert.strictEqual(Object.prototype.toString.call(ce), '[object CloseEvent]');
  assert.throws(() => new CloseEvent(), { name: 'TypeError' });
  // code as undici converts an unsigned short: NaN and infinities are 0,
  // the remainder keeps its sign.
  for (const [code, expected] of [[NaN, 0], [Infinity, 0], [-1, -1], [65537.7, 1], ['12', 12], [null, 0]]) {
    assert.strictEqual(new CloseEvent('x', { code }).code, expected);
  }
  const http2 = require('http');
  assert.strictEqual(http2.WebSocket, WebSocket);
  assert.strictEqual(http2.CloseEvent, CloseEvent);
  assert.strictEqual(http2.MessageEvent, MessageEvent);
})().then(() => console.log('ok'));
