'use strict';
// What node:events exports, in Node's order, with Node's descriptors.
const assert = require('assert');
const events = require('events');

assert.strictEqual(events, events.EventEmitter);
assert.strictEqual(require('node:events'), events);
assert.strictEqual(events.name, 'EventEmitter');
assert.strictEqual(events.length, 1);
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'listenerCount',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners', 'setMaxListeners', 'init',
]);
assert.strictEqual(events.usingDomains, false);
assert.strictEqual(events.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(typeof events.errorMonitor, 'symbol');
assert.strictEqual(Symbol.keyFor(events.errorMonitor), undefined);
for (const name of ['kMaxEventTargetListeners', 'kMaxEventTargetListenersWarned']) {
  const d = Object.getOwnPropertyDescriptor(events, name);
  assert.strictEqual(typeof d.value, 'symbol');
  assert.strictEqual(d.writable, false);
  assert.strictEqual(d.enumerable, false);
  assert.strictEqual(d.configurable, false);
}
assert.strictEqual(events.kMaxEventTargetListeners.toString(), 'Symbol(events.maxEventTargetListeners)');
for (const name of ['captureRejections', 'defaultMaxListeners']) {
  const d = Object.getOwnPropertyDescriptor(events, name);
  assert.strictEqual(typeof d.get, 'function');
  assert.strictEqual(typeof d.set, 'function');
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(d.configurable, false);
}
assert.strictEqual(events.once.constructor.name, 'AsyncFunction');
assert.strictEqual(events.setMaxListeners.length, 0);

assert.deepStrictEqual(Object.getOwnPropertyNames(events.prototype), [
  'constructor', '_events', '_eventsCount', '_maxListeners', 'setMaxListeners', 'getMaxListeners',
  'emit', 'addListener', 'on', 'prependListener', 'once', 'prependOnceListener', 'removeListener',
  'off', 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
]);
const proto = events.prototype;
assert.strictEqual(proto.on, proto.addListener);
assert.strictEqual(proto.off, proto.removeListener);
const lengths = {
  setMaxListeners: 1, getMaxListeners: 0, emit: 1, addListener: 2, prependListener: 2, once: 2,
  prependOnceListener: 2, removeListener: 2, removeAllListeners: 1, listeners: 1, rawListeners: 1,
  listenerCount: 2, eventNames: 0,
};
for (const [name, length] of Object.entries(lengths)) {
  assert.strictEqual(proto[name].name, name);
  assert.strictEqual(proto[name].length, length, name);
}
