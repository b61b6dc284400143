'use strict';
// What a promisified function looks like: the original's own properties
// (name and length included) and prototype chain, copied at promisify time.
const assert = require('assert');
const { promisify } = require('util');

{
  function named(a, b, cb) {}
  named.extra = 'yes';
  named[Symbol('own')] = 1;
  const p = promisify(named);
  assert.strictEqual(p.name, 'named');
  assert.strictEqual(p.length, 3);
  assert.strictEqual(p.extra, 'yes');
  assert.strictEqual(Object.getPrototypeOf(p), Function.prototype);
  // Descriptors are copied as they are.
  const d = Object.getOwnPropertyDescriptor(p, 'extra');
  assert.deepStrictEqual(d, { value: 'yes', writable: true, enumerable: true, configurable: true });
  named.extra = 'changed';
  assert.strictEqual(p.extra, 'yes');
}

{
  // Accessors stay accessors.
  function fn(cb) {}
  let reads = 0;
  Object.defineProperty(fn, 'computed', { get() { reads++; return 'g'; }, configurable: true });
  const p = promisify(fn);
  assert.strictEqual(reads, 0);
  assert.strictEqual(p.computed, 'g');
  assert.strictEqual(reads, 1);
}

{
  // The prototype chain of the original, so subclass statics stay reachable.
  class Base { static helper() { return 'base'; } }
  function fn(cb) {}
  Object.setPrototypeOf(fn, Base);
  const p = promisify(fn);
  assert.strictEqual(Object.getPrototypeOf(p), Base);
  assert.strictEqual(p.helper(), 'base');
}

{
  // An inherited accessor on Object.prototype does not change the copying.
  function fn(cb) {}
  fn.x = 1;
  Object.defineProperty(Object.prototype, 'get', { value: () => 'evil', configurable: true, writable: true });
  try {
    const p = promisify(fn);
    assert.strictEqual(p.x, 1);
  } finally {
    delete Object.prototype.get;
  }
}

{
  // Arrow and async functions.
  const arrow = (a, cb) => {};
  assert.strictEqual(promisify(arrow).name, 'arrow');
  assert.strictEqual(promisify(arrow).length, 2);
}
