'use strict';
// A worker's life as the primary sees it: 'fork', 'online', 'listening' in
// that order, on the Worker and on cluster; then three ways to end it:
// process.exit(3) in the worker, worker.kill() (SIGTERM) from the primary,
// and cluster.worker.disconnect() in the worker. exit codes, signals,
// exitedAfterDisconnect, isDead(), isConnected() and cluster.workers.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');
const { ChildProcess } = require('child_process');

if (cluster.isWorker) {
  const mode = process.env.MODE;
  assert.strictEqual(cluster.worker.state, 'online');
  net.createServer().listen(0, common.mustCall(() => {
    if (mode === 'exit') process.on('message', () => process.exit(3));
    // After cluster told the primary it listens.
    if (mode === 'disconnect') setImmediate(() => {
      cluster.worker.on('disconnect', common.mustCall());
      cluster.worker.disconnect();
      assert.strictEqual(cluster.worker.exitedAfterDisconnect, true);
      assert.strictEqual(cluster.worker.state, 'disconnecting');
    });
    // 'kill': wait for the signal.
  }));
  return;
}

const expected = {
  exit: { code: 3, signal: null, exitedAfterDisconnect: false },
  kill: { code: null, signal: 'SIGTERM', exitedAfterDisconnect: false },
  disconnect: { code: 0, signal: null, exitedAfterDisconnect: true },
};
const clusterEvents = [];
for (const name of ['fork', 'online', 'listening']) {
  cluster.on(name, (worker) => clusterEvents.push(`${name} ${worker.id}`));
}

let exits = 0;
for (const mode of Object.keys(expected)) {
  const worker = cluster.fork({ MODE: mode });
  assert.ok(worker instanceof cluster.Worker);
  assert.ok(worker.process instanceof ChildProcess);
  assert.strictEqual(typeof worker.process.pid, 'number');
  assert.strictEqual(worker.state, 'none');
  assert.strictEqual(worker.exitedAfterDisconnect, undefined);
  assert.strictEqual(worker.isConnected(), true);
  assert.strictEqual(worker.isDead(), false);
  const events = [];
  worker.on('online', common.mustCall(() => {
    events.push('online');
    assert.strictEqual(worker.state, 'online');
  }));
  worker.on('listening', common.mustCall((address) => {
    events.push('listening');
    assert.strictEqual(worker.state, 'listening');
    assert.strictEqual(typeof address.port, 'number');
    if (mode === 'kill') worker.kill();
    if (mode === 'exit') worker.send('exit');
  }));
  worker.on('disconnect', common.mustCall(() => {
    assert.strictEqual(worker.isConnected(), false);
  }));
  worker.on('exit', common.mustCall((code, signal) => {
    assert.deepStrictEqual(events, ['online', 'listening']);
    assert.deepStrictEqual({ code, signal, exitedAfterDisconnect: worker.exitedAfterDisconnect },
                           expected[mode]);
    assert.strictEqual(worker.state, 'dead');
    assert.strictEqual(worker.isDead(), true);
    if (++exits === 3) {
      for (const id of [1, 2, 3]) {
        const seen = clusterEvents.filter((e) => e.endsWith(` ${id}`));
        assert.deepStrictEqual(seen, [`fork ${id}`, `online ${id}`, `listening ${id}`]);
      }
    }
  }));
}
cluster.on('exit', common.mustCall(3));
process.on('exit', () => assert.deepStrictEqual(cluster.workers, {}));
