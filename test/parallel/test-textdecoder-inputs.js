'use strict';
// What TextDecoder#decode reads: any ArrayBufferView's bytes (a view's
// range only), an ArrayBuffer, or nothing (''); other values and bad
// options are ERR_INVALID_ARG_TYPE with Node's messages.
require('../common');
const assert = require('assert');

const decoder = new TextDecoder();
const bytes = new Uint8Array([0x61, 0x62, 0x63, 0x64]);
assert.strictEqual(decoder.decode(), '');
assert.strictEqual(decoder.decode(undefined), '');
assert.strictEqual(decoder.decode(bytes), 'abcd');
assert.strictEqual(decoder.decode(bytes.subarray(1, 3)), 'bc');
assert.strictEqual(decoder.decode(bytes.buffer), 'abcd');
assert.strictEqual(decoder.decode(new DataView(bytes.buffer, 1, 2)), 'bc');
assert.strictEqual(decoder.decode(new Uint16Array(bytes.buffer, 2, 1)), 'cd');
assert.strictEqual(decoder.decode(Buffer.from('buf')), 'buf');
assert.strictEqual(decoder.decode(new Float32Array(1)), '\0\0\0\0');
assert.strictEqual(decoder.decode(bytes, undefined), 'abcd');
assert.strictEqual(decoder.decode(bytes, null), 'abcd');
assert.strictEqual(decoder.decode(bytes, {}), 'abcd');

for (const bad of [null, 'abc', 1, {}, [0x61]]) {
  assert.throws(() => decoder.decode(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  });
}
assert.throws(() => decoder.decode(bytes, 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TextDecoder('utf-8', 'fatal'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'fatal\')',
});
for (const ok of [null, [], () => {}]) assert.strictEqual(new TextDecoder('utf-8', ok).encoding, 'utf-8');
