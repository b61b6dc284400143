'use strict';
// monitorEventLoopDelay() samples while enabled and does not keep the loop
// alive; eventLoopUtilization() reports idle and active time once the loop
// runs.
const common = require('../common');
const assert = require('assert');
const { monitorEventLoopDelay, eventLoopUtilization, performance: perf } = require('perf_hooks');

assert.strictEqual(perf, performance);
assert.strictEqual(eventLoopUtilization, performance.eventLoopUtilization);
assert.deepStrictEqual(eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), { code: 'ERR_OUT_OF_RANGE' });

const h = monitorEventLoopDelay({ resolution: 5 });
assert.strictEqual(h.enable(), true);
assert.strictEqual(h.enable(), false);

setTimeout(common.mustCall(() => {
  const start = Date.now();
  while (Date.now() - start < 30);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(h.disable(), true);
    assert.strictEqual(h.disable(), false);
    assert.ok(h.count > 0);
    assert.ok(h.min >= 4e6);
    // The busy 30 ms shows as one long interval.
    assert.ok(h.max >= 25e6, `${h.max}`);
    assert.ok(h.percentile(100) >= h.percentile(50));
    const elu = eventLoopUtilization();
    assert.ok(elu.idle > 0);
    assert.ok(elu.active >= 30);
    assert.ok(elu.utilization > 0 && elu.utilization < 1);
    const delta = eventLoopUtilization(elu);
    assert.ok(delta.active >= 0 && delta.active < elu.active);
  }), 50);
}), 10);
