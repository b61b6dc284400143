'use strict';
// node:cluster on the primary: its facts, setupPrimary (settings merged
// over the defaults, 'setup' emitted on a later tick), disconnect() with no
// workers, and the scheduling policy from NODE_CLUSTER_SCHED_POLICY.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const cluster = require('cluster');
const EventEmitter = require('events');

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);
assert.ok(cluster instanceof EventEmitter);
assert.deepStrictEqual(cluster.workers, {});
assert.deepStrictEqual(cluster.settings, {});
assert.strictEqual(cluster.SCHED_NONE, 1);
assert.strictEqual(cluster.SCHED_RR, 2);
assert.strictEqual(cluster.schedulingPolicy, cluster.SCHED_RR);
assert.strictEqual(cluster.setupMaster, cluster.setupPrimary);
assert.strictEqual(typeof cluster.Worker, 'function');
assert.ok(new cluster.Worker({ id: 3 }) instanceof EventEmitter);
assert.strictEqual(new cluster.Worker({ id: 3 }).id, 3);

let sync = true;
cluster.on('setup', common.mustCall((settings) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(settings, cluster.settings);
}));
cluster.setupPrimary({ exec: 'worker.js', args: ['a'] });
sync = false;
assert.deepStrictEqual(cluster.settings, {
  args: ['a'], exec: 'worker.js', execArgv: process.execArgv, silent: false,
});
cluster.disconnect(common.mustCall());

const r = spawnSync(process.execPath, ['-p', "require('cluster').schedulingPolicy"],
                    { encoding: 'utf8', env: { ...process.env, NODE_CLUSTER_SCHED_POLICY: 'none' } });
assert.strictEqual(r.stdout, '1\n');
