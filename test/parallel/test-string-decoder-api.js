'use strict';
// The StringDecoder object: encoding names, write() of strings and of any
// view, end(buf), text(buf, offset), the state getters, and errors.
// Expected values recorded from Node 24.
require('../common');
const assert = require('assert');
const util = require('util');
const { StringDecoder } = require('string_decoder');

const names = {
  'utf8': 'utf8', 'UTF-8': 'utf8', 'ucs2': 'utf16le', 'utf-16le': 'utf16le', 'binary': 'latin1',
  'latin1': 'latin1', 'hex': 'hex', 'base64': 'base64', 'base64url': 'base64url', 'ascii': 'ascii', '': 'utf8',
};
for (const [given, normal] of Object.entries(names)) assert.strictEqual(new StringDecoder(given).encoding, normal);
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
for (const bad of ['foo', 'utf-16', 1, false]) {
  assert.throws(() => new StringDecoder(bad), { name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: `Unknown encoding: ${bad}` });
}

const d = new StringDecoder();
assert.deepStrictEqual(Object.keys(d), ['encoding']);
assert.deepStrictEqual(Object.keys(StringDecoder.prototype), ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
assert.strictEqual(d.write('already text'), 'already text');
assert.strictEqual(d.end('text'), 'text');
assert.strictEqual(d.write(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(d.write(new Uint8Array([0x61])), 'a');
assert.strictEqual(new StringDecoder('hex').write(new DataView(new Uint8Array([1, 2, 3]).buffer, 1)), '0203');
for (const bad of [1, null, {}, [1], undefined]) {
  assert.throws(() => d.write(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "buf" argument must be an instance of Buffer, TypedArray, or DataView\./,
  });
}
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('a')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});

// The state: lastChar is a 4-byte Buffer of the kept bytes (stale bytes
// stay after a character completes), lastNeed what is missing, lastTotal
// kept plus missing.
const s = new StringDecoder('utf8');
assert.strictEqual(s.write(Buffer.from([0xe2])), '');
assert.ok(Buffer.isBuffer(s.lastChar));
assert.strictEqual(s.lastChar.toString('hex'), 'e2000000');
assert.strictEqual(s.lastNeed, 2);
assert.strictEqual(s.lastTotal, 3);
assert.strictEqual(s.write(Buffer.alloc(0)), '');
assert.strictEqual(s.lastNeed, 2);
assert.strictEqual(s.write(Buffer.from([0x82, 0xac, 0x41])), '\u20acA');
assert.strictEqual(s.lastChar.toString('hex'), 'e282ac00');
assert.strictEqual(s.lastNeed, 0);
assert.strictEqual(s.lastTotal, 0);
assert.strictEqual(s.end(Buffer.from([0xc3])), '\ufffd');
assert.strictEqual(s.end(), '');

// text() starts over from buf at offset, dropping what was kept.
const t = new StringDecoder('utf8');
t.write(Buffer.from([0xe2, 0x82]));
assert.strictEqual(t.text(Buffer.from('xabc'), 1), 'abc');
assert.strictEqual(t.lastNeed, 0);
assert.strictEqual(t.text(Buffer.from([0x61, 0xe2, 0x82]), 0), 'a');
assert.strictEqual(t.lastNeed, 1);
assert.strictEqual(t.end(), '\ufffd');

// A long chunk split in the middle of a character.
const long = Buffer.from('\u20ac'.repeat(1000));
const l = new StringDecoder();
assert.strictEqual(l.write(long.subarray(0, 1000)), '\u20ac'.repeat(333));
assert.strictEqual(l.lastNeed, 2);
assert.strictEqual(l.write(long.subarray(1000)), '\u20ac'.repeat(667));
assert.strictEqual(l.end(), '');

assert.match(util.inspect(new StringDecoder('ucs2')), /^StringDecoder \{\n? *encoding: 'utf16le',/);
