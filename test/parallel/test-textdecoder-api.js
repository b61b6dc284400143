'use strict';
// TextDecoder and TextEncoder as objects: their getters and methods live
// on the prototype, check their receiver (ERR_INVALID_THIS), and util.inspect
// shows them as Node does.
require('../common');
const assert = require('assert');
const util = require('util');

const decoder = new TextDecoder('utf-16le', { fatal: 1, ignoreBOM: 'yes' });
assert.strictEqual(decoder.encoding, 'utf-16le');
assert.strictEqual(decoder.fatal, true);
assert.strictEqual(decoder.ignoreBOM, true);
const plain = new TextDecoder();
assert.strictEqual(plain.fatal, false);
assert.strictEqual(plain.ignoreBOM, false);
assert.deepStrictEqual(Object.keys(plain), []);
assert.strictEqual(Object.prototype.toString.call(plain), '[object TextDecoder]');
assert.strictEqual(Object.prototype.toString.call(new TextEncoder()), '[object TextEncoder]');
assert.strictEqual(new TextEncoder().encoding, 'utf-8');
assert.deepStrictEqual(Object.keys(new TextEncoder()), []);

for (const name of ['encoding', 'fatal', 'ignoreBOM']) {
  const getter = Object.getOwnPropertyDescriptor(TextDecoder.prototype, name).get;
  assert.throws(() => getter.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type TextDecoder',
  });
}
assert.throws(() => TextDecoder.prototype.decode.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextEncoder',
});
assert.throws(() => TextEncoder.prototype.encode.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => TextEncoder.prototype.encodeInto.call(plain, 'a', new Uint8Array(1)), { code: 'ERR_INVALID_THIS' });
assert.throws(() => TextDecoder(), TypeError); // eslint-disable-line new-cap

assert.strictEqual(util.inspect(plain), "TextDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder('latin1', { fatal: true })),
                   "TextDecoder { encoding: 'windows-1252', fatal: true, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");

const keys = Object.keys(TextDecoder.prototype);
for (const k of ['decode', 'encoding', 'fatal', 'ignoreBOM']) assert.ok(keys.includes(k), k);
const ekeys = Object.keys(TextEncoder.prototype);
for (const k of ['encode', 'encodeInto', 'encoding']) assert.ok(ekeys.includes(k), k);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'TextDecoder').enumerable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder').enumerable, false);
