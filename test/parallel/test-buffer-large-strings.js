'use strict';
// Strings and buffers well past the sizes handled in JS (over a megabyte)
// convert the same way as short ones, in every encoding.
require('../common');
const assert = require('assert');

const unit = 'ascii text, caf\u00e9, \u20ac, \u{1F600}; ';
const text = unit.repeat(40000);
const utf8 = Buffer.from(text);
assert.strictEqual(utf8.length, Buffer.byteLength(unit) * 40000);
assert.strictEqual(utf8.toString(), text);
assert.strictEqual(utf8.toString('utf8', 7, 7 + Buffer.byteLength(unit)), Buffer.from(unit.slice(7) + unit.slice(0, 7)).toString());

const ascii = 'plain ascii only '.repeat(70000);
const asciiBuf = Buffer.from(ascii);
assert.strictEqual(asciiBuf.length, ascii.length);
assert.strictEqual(asciiBuf.toString('latin1'), ascii);
assert.strictEqual(asciiBuf.toString('ascii'), ascii);

for (const encoding of ['ucs2', 'latin1', 'hex', 'base64', 'base64url']) {
  const encoded = utf8.toString(encoding);
  const back = Buffer.from(encoded, encoding);
  if (encoding === 'latin1') {
    assert.strictEqual(encoded.length, utf8.length);
  }
  assert.ok(back.equals(utf8), encoding);
  const into = Buffer.alloc(utf8.length);
  assert.strictEqual(into.write(encoded, encoding), utf8.length, encoding);
  assert.ok(into.equals(utf8), encoding);
}
assert.strictEqual(Buffer.from(text, 'ucs2').toString('ucs2'), text);

// Partial writes of long strings stop at whole characters.
const small = Buffer.alloc(1000001);
const written = small.write('\u20ac'.repeat(400000));
assert.strictEqual(written, 999999);
assert.strictEqual(small.toString('utf8', 0, written), '\u20ac'.repeat(333333));
