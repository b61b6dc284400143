'use strict';
// node:test's mock.timers: setTimeout / setInterval / setImmediate / Date
// (global, node:timers, node:timers/promises) on a clock moved by tick(),
// runAll() and setTime(); reset() puts the real ones back.
const assert = require('assert');
const timers = require('timers');
const timersPromises = require('timers/promises');
const { mock } = require('node:test');

const realSetTimeout = globalThis.setTimeout;
const RealDate = Date;

assert.throws(() => mock.timers.tick(), { code: 'ERR_INVALID_STATE' });
mock.timers.reset(); // fine when not enabled
assert.throws(() => mock.timers.enable({ apis: ['nope'] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => mock.timers.enable({ apis: [1] }), { code: 'ERR_INVALID_ARG_TYPE' });

mock.timers.enable({ apis: ['setTimeout', 'setInterval', 'setImmediate', 'Date'], now: 1000 });
assert.throws(() => mock.timers.enable(), { code: 'ERR_INVALID_STATE' });
assert.throws(() => mock.timers.tick(-1), { code: 'ERR_INVALID_ARG_VALUE' });
assert.notStrictEqual(globalThis.setTimeout, realSetTimeout);
assert.strictEqual(timers.setTimeout, globalThis.setTimeout);

const order = [];
setTimeout((a, b) => order.push(`timeout ${a}${b} at ${Date.now()}`), 50, 'x', 'y');
const iv = setInterval(() => order.push(`interval at ${Date.now()}`), 20);
const cancelled = setTimeout(() => order.push('cancelled'), 10);
clearTimeout(cancelled);
setImmediate(() => order.push('immediate'));
timers.setTimeout(() => order.push('from node:timers'), 1);

assert.strictEqual(Date.now(), 1000);
assert.strictEqual(new Date().getTime(), 1000);
assert(new Date() instanceof RealDate);
assert.strictEqual(new Date(5).getTime(), 5);
assert.strictEqual(typeof Date(), 'string');

mock.timers.tick(0);
assert.deepStrictEqual(order, ['immediate']);
mock.timers.tick(60);
assert.deepStrictEqual(order, [
  // The clock moves first: every callback sees the end time.
  'immediate', 'from node:timers', 'interval at 1060', 'interval at 1060', 'timeout xy at 1060',
  'interval at 1060',
]);
assert.strictEqual(Date.now(), 1060);

order.length = 0;
clearInterval(iv);
mock.timers.tick(100);
assert.deepStrictEqual(order, []);

// runAll runs everything pending and leaves the clock at the last one.
setTimeout(() => order.push('a'), 300);
setTimeout(() => order.push('b'), 100);
mock.timers.runAll();
assert.deepStrictEqual(order, ['b', 'a']);
assert.strictEqual(Date.now(), 1460);

mock.timers.setTime(5);
assert.strictEqual(Date.now(), 5);

// Timer objects are ref'd by default.
order.length = 0;
const t = setTimeout(() => order.push('fired'), 10);
assert.strictEqual(t.hasRef(), true);
mock.timers.tick(9);
assert.deepStrictEqual(order, []);
mock.timers.tick(1);
assert.deepStrictEqual(order, ['fired']);

mock.timers.reset();
assert.strictEqual(globalThis.setTimeout, realSetTimeout);
assert.strictEqual(globalThis.Date, RealDate);
assert.throws(() => mock.timers.tick(), { code: 'ERR_INVALID_STATE' });

// The promise forms.
mock.timers.enable({ apis: ['setTimeout'] });
const p = timersPromises.setTimeout(100, 'value');
mock.timers.tick(100);
p.then((v) => {
  assert.strictEqual(v, 'value');
  mock.timers.reset();
  assert.notStrictEqual(timersPromises.setTimeout, undefined);
  realSetTimeout(() => {}, 1);
});
