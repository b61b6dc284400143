'use strict';
// A server socket's reads go straight to the HTTP parser (kiln takes them in
// C): what a request handler sees must not change. socket.bytesRead counts
// every byte read so far, also for reads no callback saw; nextTick callbacks
// and promise jobs queued in a handler run in Node's order (ticks first,
// then promise jobs, ticks they queue, and so on) before the next I/O; a
// handler's exception reaches 'uncaughtException' and fails the connection's
// parser as in Node; a body split over reads and pipelined requests arrive
// whole.
const assert = require('assert');
const http = require('http');
const net = require('net');

const order = [];
let seenBytes = [];

const thrownMessages = [];
process.on('uncaughtException', (err) => {
  thrownMessages.push(err.message);
});

const server = http.createServer((req, res) => {
  seenBytes.push(req.socket.bytesRead);
  if (req.url === '/order') {
    process.nextTick(() => {
      order.push('tick1');
      Promise.resolve().then(() => order.push('promise-from-tick'));
    });
    Promise.resolve().then(() => {
      order.push('promise1');
      process.nextTick(() => order.push('tick-from-promise'));
    });
    process.nextTick(() => order.push('tick2'));
    setImmediate(() => order.push('immediate'));
    res.end('ok');
    return;
  }
  if (req.url === '/throw') {
    res.end('thrown');
    throw new Error('from the handler');
  }
  if (req.url === '/destroy-throw') {
    // The parser is let go of while it parses: the exception still goes up.
    req.socket.destroy();
    throw new Error('after destroy');
  }
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${body.length}`));
});

// Writes text and resolves with the bodies of the next count responses
// (each framed by Content-Length).
function exchange(socket, text, count) {
  return new Promise((resolve) => {
    let got = '';
    const bodies = [];
    const onData = (d) => {
      got += d;
      for (;;) {
        const end = got.indexOf('\r\n\r\n');
        if (end === -1) return;
        const length = +/\r\nContent-Length: (\d+)\r\n/i.exec(got.slice(0, end + 2))[1];
        if (got.length < end + 4 + length) return;
        bodies.push(got.slice(end + 4, end + 4 + length));
        got = got.slice(end + 4 + length);
        if (bodies.length === count) {
          socket.removeListener('data', onData);
          resolve(bodies);
          return;
        }
      }
    };
    socket.on('data', onData);
    socket.write(text);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.setEncoding('latin1');
  await new Promise((resolve) => socket.on('connect', resolve));

  let sent = 0;
  const get = (path) => `GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`;

  // Sequential keep-alive requests: bytesRead is what was sent so far.
  for (const path of ['/a', '/bb', '/ccc']) {
    const text = get(path);
    sent += text.length;
    await exchange(socket, text, 1);
    assert.strictEqual(seenBytes.at(-1), sent);
  }

  // A read that makes no callback (an empty line before a request) is
  // counted all the same.
  socket.write('\r\n');
  sent += 2;
  await new Promise((resolve) => setTimeout(resolve, 20));
  sent += get('/dd').length;
  await exchange(socket, get('/dd'), 1);
  assert.strictEqual(seenBytes.at(-1), sent);

  // Ticks and promise jobs queued in a handler.
  sent += get('/order').length;
  await exchange(socket, get('/order'), 1);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(order,
                         ['tick1', 'tick2', 'promise1', 'promise-from-tick', 'tick-from-promise', 'immediate']);

  // A body whose head and body come in separate writes.
  const head = 'POST /body HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n';
  const reply = exchange(socket, head, 1);
  sent += head.length + 10;
  await new Promise((resolve) => setTimeout(resolve, 20));
  socket.write('01234');
  await new Promise((resolve) => setTimeout(resolve, 20));
  socket.write('56789');
  assert.deepStrictEqual(await reply, ['POST /body 10']);

  // Three pipelined requests in one write: one read, three handlers.
  seenBytes = [];
  const three = get('/1') + get('/22') + get('/333');
  sent += three.length;
  const bodies = await exchange(socket, three, 3);
  assert.strictEqual(seenBytes.length, 3);
  for (const n of seenBytes) assert.strictEqual(n, sent);
  assert.deepStrictEqual(bodies, ['GET /1 0', 'GET /22 0', 'GET /333 0']);

  // A handler that throws: its exception reaches 'uncaughtException', its
  // response went out, and the parser is left failed: the next request on
  // the connection gets a 400 and the connection is closed, as in Node.
  sent += get('/throw').length;
  assert.deepStrictEqual(await exchange(socket, get('/throw'), 1), ['thrown']);
  assert.deepStrictEqual(thrownMessages, ['from the handler']);
  let rest = '';
  socket.on('data', (d) => { rest += d; });
  socket.on('close', () => {
    assert.strictEqual(rest, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    const other = net.connect(server.address().port, '127.0.0.1', () => {
      other.write(get('/destroy-throw'));
    });
    other.on('error', () => {});
    other.on('close', () => server.close());
  });
  socket.write(get('/after'));
});

process.on('exit', () => {
  assert.deepStrictEqual(thrownMessages, ['from the handler', 'after destroy']);
});
