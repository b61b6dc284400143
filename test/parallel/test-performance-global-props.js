'use strict';
// The performance global and the Performance* classes: where they live,
// what they are, and timerify's wrapper.
const common = require('../common');
const assert = require('assert');
const perfHooks = require('perf_hooks');

for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(d.enumerable, false, name);
  assert.strictEqual(globalThis[name], perfHooks[name], name);
}
assert.ok(Object.keys(globalThis).includes('performance'));
assert.strictEqual(globalThis.performance, perfHooks.performance);
assert.ok(performance instanceof Performance);
assert.ok(performance instanceof EventTarget);
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

const t0 = performance.now();
assert.ok(t0 > 0);
assert.ok(Math.abs(performance.timeOrigin + t0 - Date.now()) < 50);
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(performance.nodeTiming.name, 'node');
assert.strictEqual(performance.nodeTiming.loopStart, -1);
assert.strictEqual(perfHooks.constants.NODE_PERFORMANCE_GC_MAJOR, 4);

function add(a, b) { return a + b; }
const timed = perfHooks.timerify(add);
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.notStrictEqual(perfHooks.timerify(add), timed);
const obs = new PerformanceObserver(common.mustCall((list) => {
  const [entry] = list.getEntries();
  assert.strictEqual(entry.entryType, 'function');
  assert.strictEqual(entry.name, 'add');
  assert.deepStrictEqual(entry.detail, [1, 2]);
  obs.disconnect();
}));
obs.observe({ entryTypes: ['function'] });
assert.strictEqual(timed(1, 2), 3);
assert.throws(() => perfHooks.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
