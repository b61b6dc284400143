'use strict';
// SCHED_RR: two workers' servers on port 0 share the primary's socket (one
// port), while exclusive: true servers bind in each worker (two ports).
// server.close() in the workers tells the primary, which stops listening
// once both closed: the shared port can be bound again.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const shared = net.createServer(common.mustNotCall());
  const own = net.createServer(common.mustNotCall());
  shared.listen(0, common.mustCall(() => {
    own.listen({ port: 0, exclusive: true }, common.mustCall(() => {
      process.send({ shared: shared.address().port, own: own.address().port });
    }));
  }));
  process.on('message', common.mustCall((msg) => {
    assert.strictEqual(msg, 'close');
    let left = 2;
    const closed = common.mustCall(() => {
      if (--left === 0) process.send('closed');
    }, 2);
    shared.close(closed);
    own.close(closed);
    assert.strictEqual(shared.listening, false);
  }));
  return;
}

const workers = [cluster.fork(), cluster.fork()];
const ports = [];
let closed = 0;
for (const worker of workers) {
  worker.on('message', common.mustCall((msg) => {
    if (msg === 'closed') {
      if (++closed < 2) return;
      const probe = net.createServer();
      probe.listen(ports[0].shared, common.mustCall(() => {
        probe.close();
        cluster.disconnect(common.mustCall());
      }));
      return;
    }
    ports.push(msg);
    if (ports.length < 2) return;
    assert.strictEqual(ports[0].shared, ports[1].shared);
    assert.notStrictEqual(ports[0].own, ports[1].own);
    assert.notStrictEqual(ports[0].own, ports[0].shared);
    for (const w of workers) w.send('close');
  }, 2));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
