'use strict';
// 1xx responses on the client (issue 9): Expect: 100-continue gets
// 'continue' before the final response, writeProcessing() an 'information'
// event with status 102, and the final response is delivered once.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeProcessing();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`got ${body}`));
}));
server.on('checkContinue', common.mustCall((req, res) => {
  res.writeContinue();
  server.emit('request', req, res);
}));

server.listen(0, common.mustCall(() => {
  const events = [];
  const req = http.request({
    port: server.address().port,
    method: 'POST',
    headers: { Expect: '100-continue' },
  });
  req.on('continue', common.mustCall(() => {
    events.push('continue');
    req.end('body');
  }));
  req.on('information', (info) => events.push(`information ${info.statusCode}`));
  req.on('response', common.mustCall((res) => {
    events.push(`response ${res.statusCode}`);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'got body');
      assert.deepStrictEqual(events,
                             ['continue', 'information 100', 'information 102', 'response 200']);
      server.close();
    }));
  }));
}));
