'use strict';
// SuppressedError(error, suppressed, message): an Error with own
// non-enumerable `error` and `suppressed`, and `message` only when given;
// callable without `new`; subclassable.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(SuppressedError.length, 3);
assert.strictEqual(SuppressedError.name, 'SuppressedError');
assert.strictEqual(Object.getPrototypeOf(SuppressedError), Error);
assert.strictEqual(Object.getPrototypeOf(SuppressedError.prototype), Error.prototype);
assert.strictEqual(SuppressedError.prototype.name, 'SuppressedError');
assert.strictEqual(SuppressedError.prototype.message, '');
assert.deepStrictEqual(Object.getOwnPropertyNames(SuppressedError.prototype).sort(), ['constructor', 'message', 'name']);

const e = new SuppressedError(1, 2, 'msg');
assert.ok(e instanceof Error);
assert.ok(util.types.isNativeError(e));
assert.strictEqual(e.toString(), 'SuppressedError: msg');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'error'), {
  value: 1, writable: true, enumerable: false, configurable: true,
});
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(e, 'suppressed'), {
  value: 2, writable: true, enumerable: false, configurable: true,
});
assert.strictEqual(Object.getOwnPropertyDescriptor(e, 'message').enumerable, false);
assert.deepStrictEqual(Object.keys(e), []);
assert.match(e.stack, /^SuppressedError: msg\n/);

const noMessage = SuppressedError('a', 'b');
assert.ok(noMessage instanceof SuppressedError);
assert.strictEqual(Object.hasOwn(noMessage, 'message'), false);
assert.strictEqual(noMessage.error, 'a');
assert.strictEqual(noMessage.suppressed, 'b');
assert.strictEqual(new SuppressedError(0, 0, 42).message, '42');

class Sub extends SuppressedError {}
const sub = new Sub(1, 2, 'sub');
assert.ok(sub instanceof Sub);
assert.ok(sub instanceof SuppressedError);
assert.strictEqual(sub.error, 1);
assert.match(util.inspect(new SuppressedError(new Error('inner'), 3, 'outer')), /^SuppressedError: outer\n/);
