'use strict';
// Buffer.prototype methods called on other receivers, as Node treats them.
const common = require('../common');
const assert = require('assert');

// slice() goes through the receiver's own subarray: a Uint8Array stays a
// Uint8Array, sharing memory.
{
  const u = Uint8Array.of(0, 1, 2, 3, 4, 5, 6, 7);
  const s = Buffer.prototype.slice.call(u, 2, 5);
  assert.strictEqual(Buffer.isBuffer(s), false);
  assert.strictEqual(Object.getPrototypeOf(s), Uint8Array.prototype);
  assert.deepStrictEqual([...s], [2, 3, 4]);
  s[0] = 9;
  assert.strictEqual(u[2], 9);
  const b = Buffer.from(u);
  assert.strictEqual(Buffer.isBuffer(b.slice(1)), true);
}

// indexOf on something that is not a view names what it wants as Node.
assert.throws(() => Buffer.prototype.lastIndexOf.call({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    'Received an instance of Object',
});

// A user's Error.prepareStackTrace that itself calls Buffer() neither
// recurses nor repeats the DEP0005 warning.
process.on('warning', common.mustCall((w) => assert.strictEqual(w.code, 'DEP0005')));
Error.prepareStackTrace = () => new Buffer(10); // eslint-disable-line no-buffer-constructor
assert.ok(Buffer.isBuffer(new Error().stack));
Error.prepareStackTrace = undefined;
new Buffer(1); // eslint-disable-line no-buffer-constructor
