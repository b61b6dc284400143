'use strict';
// node:http server and client against each other (issue 9): status line,
// ServerResponse header methods, Content-Length vs chunked framing, the
// request body, and the 'finish'/'close' order on both sides.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const events = [];
const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'POST');
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.headers['x-multi'], 'a, b');
  assert.strictEqual(req.headers['content-length'], '5');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => { body += c; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(body, 'hello');
    assert.strictEqual(req.complete, true);
    res.statusCode = 201;
    res.statusMessage = 'Made';
    res.setHeader('X-One', '1');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.appendHeader('X-One', '2');
    assert.deepStrictEqual(res.getHeader('x-one'), ['1', '2']);
    assert.strictEqual(res.hasHeader('X-ONE'), true);
    res.setHeader('X-Gone', 'x');
    res.removeHeader('x-gone');
    assert.deepStrictEqual(res.getHeaderNames(), ['x-one', 'set-cookie']);
    assert.deepStrictEqual(res.getRawHeaderNames(), ['X-One', 'Set-Cookie']);
    const h = res.getHeaders();
    assert.strictEqual(Object.getPrototypeOf(h), null);
    assert.deepStrictEqual({ ...h }, { 'x-one': ['1', '2'], 'set-cookie': ['a=1', 'b=2'] });
    assert.strictEqual(res.headersSent, false);
    res.write('part1,');
    assert.strictEqual(res.headersSent, true);
    assert.throws(() => res.setHeader('a', 'b'), {
      code: 'ERR_HTTP_HEADERS_SENT',
      message: 'Cannot set headers after they are sent to the client',
    });
    res.on('finish', common.mustCall(() => events.push('res finish')));
    res.on('close', common.mustCall(() => {
      events.push('res close');
      server.close();
    }));
    res.end('part2');
    assert.strictEqual(res.writableEnded, true);
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    method: 'post',
    path: '/path?q=1',
    headers: { 'X-Multi': ['a', 'b'] },
  }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 201);
    assert.strictEqual(res.statusMessage, 'Made');
    assert.strictEqual(res.headers['transfer-encoding'], 'chunked');
    assert.strictEqual(res.headers['x-one'], '1, 2');
    assert.deepStrictEqual(res.headers['set-cookie'], ['a=1', 'b=2']);
    assert.strictEqual(res.headers.connection, 'keep-alive');
    assert.match(res.headers.date, /GMT$/);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (c) => { body += c; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'part1,part2');
      events.push('client end');
    }));
  }));
  assert.strictEqual(req.method, 'POST');
  req.on('close', common.mustCall(() => {
    assert.ok(events.includes('client end'));
  }));
  req.end('hello');
}));

process.on('exit', () => {
  assert.deepStrictEqual(events.slice(0, 1), ['res finish']);
  assert.ok(events.includes('res close'));
});
