'use strict';
// An http server in two workers (SCHED_RR, the default): the primary
// accepts and hands each connection to a worker; both workers answer.
// Then cluster.disconnect(cb): every worker disconnects and exits with 0.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(cluster.worker.id, Number(process.env.WORKER_NAME));
  assert.strictEqual('NODE_UNIQUE_ID' in process.env, false);
  http.createServer((req, res) => {
    res.end(`worker ${cluster.worker.id}`);
  }).listen(0, common.mustCall());
  return;
}

assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
const kRequests = 8;
const workers = [1, 2].map((id) => cluster.fork({ WORKER_NAME: String(id) }));
assert.deepStrictEqual(Object.keys(cluster.workers), ['1', '2']);
assert.strictEqual(cluster.workers[1], workers[0]);

const ports = [];
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(worker.state, 'listening');
  assert.strictEqual(address.addressType, 4);
  ports.push(address.port);
  if (ports.length < 2) return;
  // Both workers share one socket in the primary.
  assert.strictEqual(ports[0], ports[1]);
  const answers = new Map();
  let done = 0;
  for (let i = 0; i < kRequests; i++) {
    http.get({ port: ports[0], agent: false }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', common.mustCall(() => {
        answers.set(body, (answers.get(body) || 0) + 1);
        if (++done < kRequests) return;
        assert.deepStrictEqual([...answers.keys()].sort(), ['worker 1', 'worker 2']);
        cluster.disconnect(common.mustCall(() => {
          assert.deepStrictEqual(cluster.workers, {});
        }));
      }));
    }));
  }
}, 2));

cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
  assert.strictEqual(worker.isDead(), true);
  assert.strictEqual(worker.isConnected(), false);
}, 2));
