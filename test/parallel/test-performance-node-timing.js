'use strict';
// performance.nodeTiming: the start milestones in order, the loop's start
// and exit -1 until reached; eventLoopUtilization is zero before the loop
// runs; process.uptime() counts from the process's start.
const assert = require('assert');

const t = performance.nodeTiming;
assert.strictEqual(t.name, 'node');
assert.strictEqual(t.entryType, 'node');
assert.ok(t.nodeStart >= 0);
assert.ok(t.v8Start >= t.nodeStart);
assert.ok(t.environment >= t.v8Start);
assert.ok(t.bootstrapComplete >= t.environment);
assert.ok(t.bootstrapComplete < performance.now());
assert.strictEqual(t.loopStart, -1);
assert.strictEqual(t.loopExit, -1);
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
// (Node's uptime starts a little after its time origin: on a loaded machine
// they differ by a few milliseconds.)
assert.ok(process.uptime() * 1000 >= t.bootstrapComplete - 50);
assert.ok(process.uptime() * 1000 <= performance.now() + 50);

setTimeout(() => {
  assert.ok(t.loopStart >= t.bootstrapComplete);
  assert.ok(t.loopStart <= performance.now());
  assert.strictEqual(t.loopExit, -1);
  const elu = performance.eventLoopUtilization();
  assert.ok(elu.idle >= 0 && elu.active > 0);
  assert.ok(elu.utilization > 0 && elu.utilization <= 1);
}, 30);
