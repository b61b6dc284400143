'use strict';
// SCHED_NONE (NODE_CLUSTER_SCHED_POLICY=none): the primary sends the
// listening socket to the workers, which accept on it themselves. A net
// server in each of two workers on the same port; worker.send() and
// 'message' in both directions; server.close() in the worker reaches the
// primary so the port is free once every worker closed it.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (process.env.NODE_CLUSTER_SCHED_POLICY !== 'none') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: 'none' },
    stdio: 'inherit',
  });
  assert.strictEqual(r.status, 0);
  return;
}

if (cluster.isWorker) {
  const server = net.createServer((socket) => {
    socket.end(`hi from ${cluster.worker.id}`);
  });
  // cluster.worker's 'message' is the process's.
  process.on('message', common.mustCall(2));
  cluster.worker.on('message', common.mustCall((msg) => {
    if (msg === 'close') {
      server.close(common.mustCall(() => process.send('closed')));
      return;
    }
    assert.deepStrictEqual(msg, { port: 0 });
    server.listen(0, common.mustCall(() => {
      process.send({ listening: server.address().port });
    }));
  }, 2));
  return;
}

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_NONE);
const workers = [cluster.fork(), cluster.fork()];
const ports = [];
for (const worker of workers) {
  worker.on('online', common.mustCall(() => worker.send({ port: 0 })));
  worker.on('message', common.mustCall((msg) => {
    if (msg === 'closed') {
      worker.closed = true;
      if (!workers.every((w) => w.closed)) return;
      // The primary closed its copy too: the port is free again.
      const probe = net.createServer().listen(ports[0], common.mustCall(() => {
        probe.close();
        for (const w of workers) w.kill();
      }));
      return;
    }
    ports.push(msg.listening);
    if (ports.length < 2) return;
    assert.strictEqual(ports[0], ports[1]);
    net.connect(ports[0], common.mustCall(function() {
      let data = '';
      this.setEncoding('utf8');
      this.on('data', (d) => { data += d; });
      this.on('end', common.mustCall(() => {
        assert.match(data, /^hi from [12]$/);
        for (const w of workers) w.send('close');
      }));
    }));
  }, 2));
  worker.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(worker.exitedAfterDisconnect, false);
  }));
}
