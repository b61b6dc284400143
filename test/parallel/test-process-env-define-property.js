'use strict';
// Object.defineProperty on process.env takes only configurable, writable,
// enumerable data descriptors, and coerces the value to a string.
const assert = require('assert');

const KEY = 'KILN_TEST_ENV_DEFINE';
Object.defineProperty(process.env, KEY, {
  value: 5, configurable: true, writable: true, enumerable: true,
});
assert.strictEqual(process.env[KEY], '5');
delete process.env[KEY];

assert.throws(() => Object.defineProperty(process.env, KEY, { value: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: '\'process.env\' only accepts a configurable, writable, and enumerable data descriptor',
});
assert.throws(() => Object.defineProperty(process.env, KEY, {
  get() { return 'x'; }, configurable: true, enumerable: true,
}), {
  name: 'TypeError',
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  message: '\'process.env\' does not accept an accessor(getter/setter) descriptor',
});
assert.strictEqual(KEY in process.env, false);
