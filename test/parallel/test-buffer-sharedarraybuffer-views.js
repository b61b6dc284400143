'use strict';
// Buffer.from, Buffer.byteLength and TextDecoder take a SharedArrayBuffer
// as they take an ArrayBuffer: a Buffer made from one shares its memory
// (issue 4; Node's test-buffer-sharedarraybuffer).
//
// JavaScriptCore defines SharedArrayBuffer only when its
// useSharedArrayBuffer option is on; where the runtime has not turned it
// on, the checks run in a child process that turns it on through the
// engine's environment variable.
require('../common');
const assert = require('assert');

if (typeof SharedArrayBuffer !== 'function') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, [__filename], {
    env: { ...process.env, JSC_useSharedArrayBuffer: '1' },
    encoding: 'utf8',
  });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'checked\n');
  return;
}

const sab = new SharedArrayBuffer(24);
const words = new Uint16Array(sab);
const plain = new Uint16Array(12);
words[0] = plain[0] = 5000;
words[1] = plain[1] = 4000;

const shared = Buffer.from(sab);
const copy = Buffer.from(plain.buffer);
assert.strictEqual(shared.buffer, sab);
assert.deepStrictEqual(shared, copy);
words[1] = plain[1] = 6000;
assert.deepStrictEqual(shared, copy);

// Offset and length, checked against the shared buffer's size.
const part = Buffer.from(sab, 2, 4);
assert.strictEqual(part.length, 4);
assert.strictEqual(part.readUInt16LE(0), 6000);
assert.throws(() => Buffer.from(sab, 25), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.from(sab, 0, 25), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });

assert.strictEqual(Buffer.byteLength(sab), 24);
assert.strictEqual(Buffer.from({ buffer: sab }).length, 0);

const text = new SharedArrayBuffer(5);
new Uint8Array(text).set([0x68, 0x69, 0xe2, 0x82, 0xac]);
assert.strictEqual(new TextDecoder().decode(text), 'hi\u20ac');
assert.strictEqual(Buffer.from(text).toString(), 'hi\u20ac');

console.log('checked');
