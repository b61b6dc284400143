'use strict';
// The lenient parsing options: a server's and a request's insecureHTTPParser
// and httpValidation, and --insecure-http-parser. What each accepts of
// hand-written bytes, and how outgoing header values are checked.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { spawnSync } = require('child_process');

// Sends raw bytes to a server made with `options` and resolves with what
// came back and the server's clientError code, if any.
function exchange(options, raw) {
  return new Promise((resolve) => {
    let clientError = null;
    const server = http.createServer(options, (req, res) => {
      res.end(JSON.stringify(req.headers));
    });
    server.on('clientError', (err, socket) => {
      clientError = err.code;
      socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    });
    server.listen(0, () => {
      const c = net.connect(server.address().port, () => c.end(raw));
      let data = '';
      c.setEncoding('latin1');
      c.on('data', (d) => { data += d; });
      c.on('close', () => {
        server.close();
        const body = data.slice(data.indexOf('\r\n\r\n') + 4);
        resolve({ status: data.slice(9, 12), clientError, body });
      });
    });
  });
}

const folded = 'GET / HTTP/1.1\r\nHost: x\r\nFold: a\r\n  b\r\nConnection: close\r\n\r\n';
const control = 'GET / HTTP/1.1\r\nHost: x\r\nBad: \x01z\r\nConnection: close\r\n\r\n';
const spaced = 'GET / HTTP/1.1\r\nHost: x\r\nConnection : close\r\n\r\n';

// A server answering with the given raw response; resolves with the
// client's response headers or its error code.
function fetchRaw(raw, options) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.once('data', () => s.end(raw));
    });
    server.listen(0, () => {
      const req = http.get({ port: server.address().port, ...options }, (res) => {
        res.resume();
        res.on('end', () => { server.close(); resolve({ headers: res.headers }); });
      });
      req.on('error', (err) => { server.close(); resolve({ error: err.code }); });
    });
  });
}

(async () => {
  // Strict by default.
  for (const raw of [folded, control, spaced]) {
    const r = await exchange({}, raw);
    assert.strictEqual(r.status, '400');
    assert.strictEqual(r.clientError, 'HPE_INVALID_HEADER_TOKEN');
  }
  assert.strictEqual((await exchange({ httpValidation: 'strict' }, control)).clientError,
                     'HPE_INVALID_HEADER_TOKEN');

  // insecureHTTPParser: obs-fold joined, control bytes kept, a space before
  // the colon of a framing header stays in the name.
  let r = await exchange({ insecureHTTPParser: true }, folded);
  assert.strictEqual(r.status, '200');
  assert.deepStrictEqual(JSON.parse(r.body), { host: 'x', fold: 'a  b', connection: 'close' });
  r = await exchange({ insecureHTTPParser: true }, control);
  assert.deepStrictEqual(JSON.parse(r.body), { host: 'x', bad: '\x01z', connection: 'close' });
  r = await exchange({ insecureHTTPParser: true }, spaced);
  assert.deepStrictEqual(JSON.parse(r.body), { 'host': 'x', 'connection ': 'close' });
  r = await exchange({ insecureHTTPParser: true },
                     'GET / HTTP/1.1\nHost: x\nConnection: close\n\n');
  assert.deepStrictEqual(JSON.parse(r.body), { host: 'x', connection: 'close' });
  r = await exchange({ insecureHTTPParser: true },
                     'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n' +
                     'Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\na\r\n0\r\n\r\n');
  assert.strictEqual(r.status, '200');

  // httpValidation: 'relaxed' takes control bytes in values but no folds;
  // 'insecure' takes both.
  r = await exchange({ httpValidation: 'relaxed' }, control);
  assert.deepStrictEqual(JSON.parse(r.body), { host: 'x', bad: '\x01z', connection: 'close' });
  assert.strictEqual((await exchange({ httpValidation: 'relaxed' }, folded)).clientError,
                     'HPE_INVALID_HEADER_TOKEN');
  r = await exchange({ httpValidation: 'insecure' }, folded);
  assert.strictEqual(JSON.parse(r.body).fold, 'a  b');

  // The options are checked.
  assert.throws(() => http.createServer({ insecureHTTPParser: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.createServer({ httpValidation: 'loose' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.httpValidation' must be one of: 'strict', 'relaxed', 'insecure'. " +
      "Received 'loose'",
  });
  assert.throws(() => http.createServer({ httpValidation: 'strict', insecureHTTPParser: false }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.httpValidation' cannot be used together with " +
      "options.insecureHTTPParser. Received 'strict'",
  });
  assert.throws(() => http.request({ httpValidation: 'insecure', insecureHTTPParser: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });

  // The client side: a response's bad header fails the request unless the
  // request is lenient.
  const badResponse = 'HTTP/1.1 200 OK\r\nX-Bad: a\x01b\r\nContent-Length: 0\r\n\r\n';
  assert.deepStrictEqual(await fetchRaw(badResponse, {}), { error: 'HPE_INVALID_HEADER_TOKEN' });
  let got = await fetchRaw(badResponse, { insecureHTTPParser: true });
  assert.strictEqual(got.headers['x-bad'], 'a\x01b');
  got = await fetchRaw(badResponse, { httpValidation: 'relaxed' });
  assert.strictEqual(got.headers['x-bad'], 'a\x01b');
  got = await fetchRaw('HTTP/1.1 200 OK\r\nX-Fold: a\r\n b\r\nContent-Length: 0\r\n\r\n',
                       { insecureHTTPParser: true });
  assert.strictEqual(got.headers['x-fold'], 'a b');

  // Outgoing values: control bytes only when lenient; NUL, CR and LF never.
  const relaxed = new http.OutgoingMessage();
  relaxed.httpValidation = 'relaxed';
  relaxed.setHeader('x-a', 'a\x01b');
  relaxed.appendHeader('x-a', 'c\x1fd');
  assert.deepStrictEqual(relaxed.getHeader('x-a'), ['a\x01b', 'c\x1fd']);
  assert.throws(() => relaxed.setHeader('x-b', 'a\nb'), { code: 'ERR_INVALID_CHAR' });
  assert.throws(() => relaxed.setHeader('x-b', 'a\x00b'), { code: 'ERR_INVALID_CHAR' });
  relaxed.httpValidation = 'strict';
  assert.throws(() => relaxed.setHeader('x-a', 'a\x01b'), { code: 'ERR_INVALID_CHAR' });
  const strict = new http.OutgoingMessage();
  assert.throws(() => strict.setHeader('x-a', 'a\x01b'), {
    code: 'ERR_INVALID_CHAR',
    message: 'Invalid character in header content ["x-a"]',
  });
  const insecure = new http.OutgoingMessage();
  insecure.insecureHTTPParser = true;
  insecure.setHeader('x-a', 'a\x7fb');
  assert.throws(() => http.validateHeaderValue('x', 'a\x01'), { code: 'ERR_INVALID_CHAR' });
  http.validateHeaderValue('x', 'a\x01', true);

  // --insecure-http-parser: lenient everywhere, with one warning.
  const child = spawnSync(process.execPath, ['--insecure-http-parser', '-e', `
    const http = require('http');
    const net = require('net');
    const server = http.createServer((req, res) => res.end(req.headers.fold));
    server.listen(0, () => {
      const c = net.connect(server.address().port, () => c.end(${JSON.stringify(folded)}));
      let d = '';
      c.on('data', (x) => d += x);
      c.on('close', () => { console.log(d.split('\\r\\n\\r\\n')[1]); server.close(); });
    });
  `], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'a  b\n');
  assert.match(child.stderr, /Warning: Using insecure HTTP parsing/);
  assert.strictEqual(child.stderr.match(/insecure HTTP parsing/g).length, 1);
})().then(() => console.log('ok'));
