'use strict';
// worker_threads seen from the main thread, environment data and
// transfer marks.
const assert = require('assert');
const w = require('worker_threads');

assert.strictEqual(w.isMainThread, true);
assert.strictEqual(w.isInternalThread, false);
assert.strictEqual(w.threadId, 0);
assert.strictEqual(w.parentPort, null);
assert.strictEqual(w.workerData, null);
assert.deepStrictEqual(w.resourceLimits, {});
assert.strictEqual(w.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
const o = {};
assert.strictEqual(w.isMarkedAsUntransferable(o), false);
w.markAsUntransferable(o);
assert.strictEqual(w.isMarkedAsUntransferable(o), true);
assert.strictEqual(w.isMarkedAsUntransferable(1), false);
w.setEnvironmentData('a', 1);
assert.strictEqual(w.getEnvironmentData('a'), 1);
w.setEnvironmentData('a', undefined);
assert.strictEqual(w.getEnvironmentData('a'), undefined);
