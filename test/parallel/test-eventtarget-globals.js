'use strict';
// The web classes Node installs as globals: present, writable,
// configurable and not enumerable.
const assert = require('assert');

for (const name of ['DOMException', 'Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal']) {
  assert.strictEqual(typeof globalThis[name], 'function', name);
  assert.strictEqual(globalThis[name].name, name);
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
  assert(!Object.keys(globalThis).includes(name), name);
}
assert.strictEqual(Object.getPrototypeOf(AbortSignal), EventTarget);
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);

// Assignable like any global.
const saved = globalThis.CustomEvent;
globalThis.CustomEvent = 5;
assert.strictEqual(CustomEvent, 5);
globalThis.CustomEvent = saved;
