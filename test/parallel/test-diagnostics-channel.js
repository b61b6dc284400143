'use strict';
// node:diagnostics_channel: channels by name (the same object while held),
// subscribe/unsubscribe (on the channel and by name), publish to every
// subscriber with the channel's name, a throwing subscriber raised on a
// later tick without stopping the others, bound stores, and tracing
// channels around sync calls, promises and callbacks (events and order).
const common = require('../common');
const assert = require('assert');
const dc = require('diagnostics_channel');

assert.deepStrictEqual(Object.keys(dc),
                       ['channel', 'hasSubscribers', 'subscribe', 'tracingChannel', 'unsubscribe', 'Channel']);
const ch = dc.channel('kiln-test');
assert.strictEqual(ch, dc.channel('kiln-test'));
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(ch.name, 'kiln-test');
assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('kiln-test'), false);

const got = [];
const fn = (message, name) => got.push([message, name]);
ch.subscribe(fn);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('kiln-test'), true);
assert.ok(ch instanceof dc.Channel);
ch.publish({ a: 1 });
assert.deepStrictEqual(got, [[{ a: 1 }, 'kiln-test']]);
assert.strictEqual(ch.unsubscribe(fn), true);
assert.strictEqual(ch.unsubscribe(fn), false);
assert.strictEqual(ch.hasSubscribers, false);
ch.publish('nobody');
assert.strictEqual(got.length, 1);

dc.subscribe('kiln-by-name', fn);
dc.channel('kiln-by-name').publish(5);
assert.deepStrictEqual(got[1], [5, 'kiln-by-name']);
assert.strictEqual(dc.unsubscribe('kiln-by-name', fn), true);
assert.strictEqual(dc.unsubscribe('kiln-never', fn), false);
const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);

assert.throws(() => ch.subscribe(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "subscription" argument must be of type function. Received type number (1)',
});
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});

// A throwing subscriber: the next one still runs; the error is uncaught later.
const thrower = dc.channel('kiln-throw');
const seen = [];
thrower.subscribe(() => { throw new Error('sub throws'); });
thrower.subscribe((m) => seen.push(m));
process.once('uncaughtException', common.mustCall((err) => assert.strictEqual(err.message, 'sub throws')));
thrower.publish(7);
assert.deepStrictEqual(seen, [7]);

// Bound stores: run(value, fn) around the publish and the function.
const store = { value: undefined, run(v, f) { const old = this.value; this.value = v; try { return f(); } finally { this.value = old; } } };
const bound = dc.channel('kiln-stores');
bound.bindStore(store, (data) => ({ wrapped: data }));
const inside = [];
bound.subscribe(() => inside.push(store.value));
assert.strictEqual(bound.runStores(3, (x) => { inside.push(store.value); return x * 2; }, null, 21), 42);
assert.deepStrictEqual(inside, [{ wrapped: 3 }, { wrapped: 3 }]);
assert.strictEqual(bound.unbindStore(store), true);
assert.strictEqual(bound.unbindStore(store), false);

// Tracing channels.
const tc = dc.tracingChannel('kiln-trace');
assert.deepStrictEqual(Object.keys(tc), []);
assert.strictEqual(tc.start.name, 'tracing:kiln-trace:start');
assert.strictEqual(tc.hasSubscribers, false);
const events = [];
const handlers = {};
for (const e of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[e] = (m) => events.push([e, { ...m, error: m.error && m.error.message }]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);
assert.strictEqual(tc.traceSync((a) => a * 2, { ctx: 1 }, null, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('boom'); }, {}), /boom/);
tc.traceCallback((cb) => cb(null, 'r'), 0, { c: 1 }, null, common.mustCall((err, r) => {
  assert.strictEqual(r, 'r');
  events.push(['callback']);
}));
assert.deepStrictEqual(events, [
  ['start', { ctx: 1, error: undefined }],
  ['end', { ctx: 1, result: 42, error: undefined }],
  ['start', { error: undefined }],
  ['error', { error: 'boom' }],
  ['end', { error: 'boom' }],
  ['start', { c: 1, error: undefined }],
  ['asyncStart', { c: 1, result: 'r', error: undefined }],
  ['callback'],
  ['asyncEnd', { c: 1, result: 'r', error: undefined }],
  ['end', { c: 1, result: 'r', error: undefined }],
]);
events.length = 0;
tc.tracePromise(async () => 7, { p: 1 }).then(common.mustCall((v) => {
  assert.strictEqual(v, 7);
  assert.deepStrictEqual(events.map((e) => e[0]), ['start', 'end', 'asyncStart', 'asyncEnd']);
  assert.strictEqual(tc.unsubscribe(handlers), true);
  assert.strictEqual(tc.hasSubscribers, false);
}));
