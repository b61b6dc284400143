'use strict';
// http.Agent with keepAlive (issue 9): the second request reuses the
// first one's socket (reusedSocket, one server connection), the socket
// waits in freeSockets between them, and destroy() closes it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', common.mustCall());
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function get(path, cb) {
  http.get({ port: server.address().port, path, agent }, common.mustCall((res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => cb(res, body));
  }));
}

server.listen(0, common.mustCall(() => {
  const name = agent.getName({ host: 'localhost', port: server.address().port });
  get('/a', common.mustCall((res, body) => {
    assert.strictEqual(body, '/a');
    assert.strictEqual(res.req.reusedSocket, false);
    const first = res.socket || res.req.socket;
    setImmediate(common.mustCall(() => {
      assert.strictEqual(agent.freeSockets[name].length, 1);
      assert.strictEqual(agent.sockets[name], undefined);
      get('/b', common.mustCall((res2, body2) => {
        assert.strictEqual(body2, '/b');
        assert.strictEqual(res2.req.reusedSocket, true);
        assert.strictEqual(res2.req.socket, first);
        setImmediate(() => {
          agent.destroy();
          server.close();
        });
      }));
    }));
  }));
}));
