'use strict';
// IncomingMessage headers (issue 9): Node's rules for repeated headers
// (first wins, set-cookie array, cookie joined with '; ', the rest with
// ', '), rawHeaders as sent, headersDistinct, joinDuplicateHeaders, and
// trailers of a chunked body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const head = 'POST / HTTP/1.1\r\nHost: one\r\nhost: two\r\nSet-Cookie: a\r\nset-cookie: b\r\n' +
  'Cookie: x=1\r\nCookie: y=2\r\nX-List: 1\r\nx-list: 2\r\nContent-Type: t1\r\n' +
  'Content-Type: t2\r\nTransfer-Encoding: chunked\r\n\r\n' +
  '3\r\nabc\r\n0\r\nX-Trailer: yes\r\nx-trailer: again\r\n\r\n';

function check(join, next) {
  const server = http.createServer({ joinDuplicateHeaders: join }, common.mustCall((req, res) => {
    assert.deepStrictEqual(req.rawHeaders.slice(0, 4), ['Host', 'one', 'host', 'two']);
    assert.strictEqual(req.headers.host, join ? 'one, two' : 'one');
    assert.deepStrictEqual(req.headers['set-cookie'], ['a', 'b']);
    assert.strictEqual(req.headers.cookie, 'x=1; y=2');
    assert.strictEqual(req.headers['x-list'], '1, 2');
    assert.strictEqual(req.headers['content-type'], join ? 't1, t2' : 't1');
    assert.deepStrictEqual(req.headersDistinct.host, ['one', 'two']);
    assert.deepStrictEqual(req.trailers, {});
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'abc');
      assert.deepStrictEqual(req.rawTrailers, ['X-Trailer', 'yes', 'x-trailer', 'again']);
      assert.strictEqual(req.trailers['x-trailer'], 'yes, again');
      assert.deepStrictEqual(req.trailersDistinct['x-trailer'], ['yes', 'again']);
      res.end();
    }));
  }));
  server.listen(0, common.mustCall(() => {
    const c = net.connect(server.address().port, () => c.write(head));
    c.on('data', common.mustCall(() => {
      c.destroy();
      server.close(next);
    }));
  }));
}

check(false, common.mustCall(() => check(true, common.mustCall())));
