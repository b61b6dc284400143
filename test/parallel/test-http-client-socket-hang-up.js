'use strict';
// Client errors as Node reports them (issue 9): a server that closes
// before answering gives 'socket hang up' (ECONNRESET); one that closes
// mid-body aborts the response ('aborted', then an ECONNRESET 'aborted'
// error); a refused connection is ECONNREFUSED.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/hangup') {
    req.socket.destroy();
  } else {
    res.writeHead(200, { 'Content-Length': 100 });
    res.write('partial');
    setTimeout(() => req.socket.destroy(), 10);
  }
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const r1 = http.get({ port, path: '/hangup', agent: false }, common.mustNotCall());
  r1.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
    const r2 = http.get({ port, path: '/partial', agent: false }, common.mustCall((res) => {
      res.on('data', () => {});
      res.on('aborted', common.mustCall());
      res.on('error', common.mustCall((e) => {
        assert.strictEqual(e.code, 'ECONNRESET');
        assert.strictEqual(e.message, 'aborted');
      }));
      res.on('close', common.mustCall(() => {
        assert.strictEqual(res.complete, false);
        server.close(refused);
      }));
    }));
    r2.on('error', common.mustNotCall());
  }));

  function refused() {
    const r3 = http.get({ port, agent: false }, common.mustNotCall());
    r3.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
    }));
  }
}));
