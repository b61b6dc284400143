'use strict';
// AbortSignal cannot be constructed by users; its accessors check their
// receiver; its shape follows Node's (reason and throwIfAborted are not
// enumerable there).
const assert = require('assert');

assert.throws(() => new AbortSignal(), {
  name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
});
assert.throws(() => AbortSignal(), TypeError);

const proto = AbortSignal.prototype;
for (const name of ['aborted', 'reason']) {
  assert.throws(() => Object.getOwnPropertyDescriptor(proto, name).get.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type AbortSignal',
  });
}
assert.throws(() => proto.throwIfAborted.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => proto.throwIfAborted.call(new EventTarget()), { code: 'ERR_INVALID_THIS' });

assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'aborted').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'onabort').enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'reason').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'throwIfAborted').enumerable, false);
assert.strictEqual(Object.prototype.toString.call(new AbortController().signal), '[object AbortSignal]');
assert.strictEqual(AbortSignal.abort.length, 0);
assert.strictEqual(AbortSignal.timeout.length, 1);
assert.strictEqual(AbortSignal.any.length, 1);
