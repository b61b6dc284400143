'use strict';
// PerformanceObserver: entries reach the callback in a later task, grouped
// per observer; buffered delivers earlier entries; takeRecords and
// disconnect; the option errors.
const common = require('../common');
const assert = require('assert');
const { PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

performance.mark('early');

const order = [];
const obs = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.strictEqual(observer, obs);
  order.push('observer');
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['m1', 'm2', 'meas', 'taken']);
  assert.deepStrictEqual(list.getEntriesByType('measure').map((e) => e.name), ['meas']);
  assert.deepStrictEqual(list.getEntriesByName('m1', 'measure'), []);
  observer.disconnect();
  performance.mark('after-disconnect');
}));
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1', { startTime: 1 });
performance.mark('m2', { startTime: 2 });
performance.measure('meas', { start: 3, end: 4 });
process.nextTick(() => order.push('tick'));
setImmediate(() => order.push('immediate'));

const buffered = new PerformanceObserver(common.mustCall((list) => {
  // The marks buffered before observe(), the one made after, and the one
  // the first observer's callback made in the same dispatch, by startTime.
  assert.deepStrictEqual(list.getEntries().map((e) => e.name),
                         ['m1', 'm2', 'taken', 'early', 'after-disconnect']);
  buffered.disconnect();
}));
buffered.observe({ type: 'mark', buffered: true });

const taker = new PerformanceObserver(common.mustNotCall());
taker.observe({ type: 'mark' });
performance.mark('taken', { startTime: 5 });
assert.deepStrictEqual(taker.takeRecords().map((e) => e.name), ['taken']);
taker.disconnect();

assert.throws(() => obs.observe(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => obs.observe({ type: 'mark', entryTypes: ['mark'] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => obs.observe({ type: 'mark' }), { name: 'InvalidModificationError' });
assert.throws(() => new PerformanceObserver(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(PerformanceObserver.supportedEntryTypes.includes('function'));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick', 'observer', 'immediate']);
});
