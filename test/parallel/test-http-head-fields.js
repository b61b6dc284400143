'use strict';
// The fields of a message head as the server and the client see them:
// many headers (past any fixed-size table), latin1 bytes, the request
// target, the reason phrase (also empty), and Node's parser object driven
// by hand.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { HTTPParser, methods } = require('_http_common');

function rawRequest(port, head) {
  return new Promise((resolve, reject) => {
    const s = net.connect(port, '127.0.0.1', () => s.end(Buffer.from(head, 'latin1')));
    let got = '';
    s.setEncoding('latin1');
    s.on('data', (d) => { got += d; });
    s.on('end', () => resolve(got));
    s.on('error', reject);
  });
}

function headerLines(n, prefix) {
  let h = '';
  for (let i = 0; i < n; i++) h += `${prefix}-${i}: v${i}\r\n`;
  return h;
}

async function serverSide() {
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url, method: req.method, raw: req.rawHeaders, headers: req.headers });
    res.end('ok');
  });
  server.maxHeadersCount = 0; // no limit
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  for (const n of [0, 1, 255, 256, 257, 600]) {
    const head = `GET /p/${n}?q=a%20b&x=${n} HTTP/1.1\r\nHost: h\r\n${headerLines(n, 'X-Many')}Connection: close\r\n\r\n`;
    const reply = await rawRequest(port, head);
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/, `${n} headers`);
    const s = seen.pop();
    assert.strictEqual(s.url, `/p/${n}?q=a%20b&x=${n}`);
    assert.strictEqual(s.method, 'GET');
    assert.strictEqual(s.raw.length, 2 * (n + 2));
    assert.strictEqual(s.raw[0], 'Host');
    assert.strictEqual(s.raw[1], 'h');
    for (let i = 0; i < n; i++) {
      assert.strictEqual(s.raw[2 + 2 * i], `X-Many-${i}`);
      assert.strictEqual(s.raw[3 + 2 * i], `v${i}`);
      assert.strictEqual(s.headers[`x-many-${i}`], `v${i}`);
    }
    assert.strictEqual(s.raw[s.raw.length - 2], 'Connection');
  }
  // Bytes past ASCII are latin1 characters, as in Node; values are trimmed.
  const reply = await rawRequest(port,
                                 'POST /caf%C3%A9 HTTP/1.1\r\nHost: h\r\nX-Name: \t caf\xe9 \xff \r\n' +
                                 'Content-Length: 0\r\nConnection: close\r\n\r\n');
  assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
  const s = seen.pop();
  assert.strictEqual(s.method, 'POST');
  assert.strictEqual(s.url, '/caf%C3%A9');
  assert.strictEqual(s.headers['x-name'], 'caf\xe9 \xff');
  assert.deepStrictEqual(s.raw.slice(2, 4), ['X-Name', 'caf\xe9 \xff']);
  server.close();
}

async function clientSide() {
  const replies = [
    'HTTP/1.1 299 Quite Fine\r\nX-A: 1\r\nContent-Length: 0\r\n\r\n',
    'HTTP/1.1 200 \r\nContent-Length: 0\r\n\r\n',
    `HTTP/1.1 201 Cr\xe9\xe9\r\n${headerLines(300, 'X-R')}Content-Length: 2\r\n\r\nhi`,
  ];
  const server = net.createServer((s) => {
    s.once('data', () => s.end(Buffer.from(replies.shift(), 'latin1')));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  const get = () => new Promise((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', agent: false, path: '/' }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ res, body }));
    }).on('error', reject);
  });
  let { res } = await get();
  assert.strictEqual(res.statusCode, 299);
  assert.strictEqual(res.statusMessage, 'Quite Fine');
  assert.deepStrictEqual(res.rawHeaders, ['X-A', '1', 'Content-Length', '0']);
  ({ res } = await get());
  assert.strictEqual(res.statusCode, 200);
  assert.strictEqual(res.statusMessage, '');
  let body;
  ({ res, body } = await get());
  assert.strictEqual(res.statusCode, 201);
  assert.strictEqual(res.statusMessage, 'Cr\xe9\xe9');
  assert.strictEqual(res.rawHeaders.length, 2 * 301);
  assert.strictEqual(res.headers['x-r-299'], 'v299');
  assert.strictEqual(body, 'hi');
  server.close();
}

function handParser() {
  // Node's parser object, driven directly: kOnHeadersComplete gets the
  // version, the flat header list, the method's index and the target (a
  // request) or the status and reason (a response).
  const calls = [];
  const request = new HTTPParser();
  request.initialize(HTTPParser.REQUEST, {});
  request[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, statusCode,
                                           statusMessage, upgrade, keepAlive) => {
    calls.push({ major, minor, headers, method: methods[method], url, upgrade, keepAlive });
    return 0;
  };
  const req = Buffer.from('PUT /a/b?c HTTP/1.0\r\nA: 1\r\nB:  two \r\n\r\n');
  assert.strictEqual(request.execute(req, 0, req.length), req.length);
  assert.deepStrictEqual(calls.pop(), {
    major: 1, minor: 0, headers: ['A', '1', 'B', 'two'], method: 'PUT', url: '/a/b?c',
    upgrade: false, keepAlive: false,
  });

  const response = new HTTPParser();
  response.initialize(HTTPParser.RESPONSE, {});
  response[HTTPParser.kOnHeadersComplete] = (major, minor, headers, method, url, statusCode,
                                            statusMessage) => {
    calls.push({ major, minor, headers, statusCode, statusMessage });
    return 0;
  };
  const resp = Buffer.from('HTTP/1.1 404 Not Here\r\nX: y\r\nContent-Length: 0\r\n\r\n');
  assert.strictEqual(response.execute(resp, 0, resp.length), resp.length);
  assert.deepStrictEqual(calls.pop(), {
    major: 1, minor: 1, headers: ['X', 'y', 'Content-Length', '0'], statusCode: 404,
    statusMessage: 'Not Here',
  });
}

handParser();
serverSide().then(clientSide).then(() => console.log('ok'));
