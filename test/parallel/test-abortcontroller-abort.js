'use strict';
// AbortController: one signal; abort() sets aborted and reason (by default
// a DOMException AbortError), then dispatches one trusted 'abort' Event;
// later calls change nothing.
const assert = require('assert');
const common = require('../common');

const ac = new AbortController();
const { signal } = ac;
assert.strictEqual(ac.signal, signal);
assert(signal instanceof AbortSignal);
assert(signal instanceof EventTarget);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);

signal.addEventListener('abort', common.mustCall(function(e) {
  assert.strictEqual(this, signal);
  assert.strictEqual(e.constructor, Event);
  assert.strictEqual(e.type, 'abort');
  assert.strictEqual(e.isTrusted, true);
  assert.strictEqual(e.target, signal);
  assert.strictEqual(e.bubbles, false);
  assert.strictEqual(e.cancelable, false);
  assert.strictEqual(e.eventPhase, Event.AT_TARGET);
  // State is set before the event.
  assert.strictEqual(signal.aborted, true);
  assert(signal.reason instanceof DOMException);
}));
ac.abort();
ac.abort('again');
assert.strictEqual(signal.aborted, true);
assert(signal.reason instanceof DOMException);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(signal.reason.message, 'This operation was aborted');
assert.strictEqual(signal.reason.code, 20);

// Any reason is kept as given; undefined means the default.
for (const reason of ['why', 0, null, false, { custom: true }, new Error('e')]) {
  const c = new AbortController();
  c.abort(reason);
  assert.strictEqual(c.signal.reason, reason);
}
const d = new AbortController();
d.abort(undefined);
assert.strictEqual(d.signal.reason.name, 'AbortError');

// A listener that aborts again does not re-enter.
const r = new AbortController();
r.signal.addEventListener('abort', common.mustCall(() => {
  assert.strictEqual(r.signal.reason, 'first');
  r.abort('second');
}));
r.abort('first');
assert.strictEqual(r.signal.reason, 'first');

// abort() before the signal is read.
const early = new AbortController();
early.abort('x');
assert.strictEqual(early.signal.aborted, true);
assert.strictEqual(early.signal.reason, 'x');

assert.throws(() => AbortController(), TypeError);
assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}), TypeError);
assert.strictEqual(Object.prototype.toString.call(ac), '[object AbortController]');
assert.strictEqual(AbortController.prototype.abort.length, 0);
for (const name of ['signal', 'abort']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, name).enumerable, true);
}
