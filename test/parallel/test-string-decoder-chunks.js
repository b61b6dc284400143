'use strict';
// Decoding any valid text in chunks cut anywhere gives the text back, in
// every encoding StringDecoder supports.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

let seed = 42;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const pieces = ['a', 'Z', ' ', '\u00e9', '\u00ff', '\u0100', '\u20ac', '\u4e2d', '\u{1F600}', '\u{10FFFF}', '\n'];
for (let round = 0; round < 300; round++) {
  let text = '';
  const n = random(40);
  for (let i = 0; i < n; i++) text += pieces[random(pieces.length)];
  for (const encoding of ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1']) {
    const bytes = Buffer.from(text, encoding === 'latin1' ? 'latin1' : encoding === 'utf16le' ? 'utf16le' : 'utf8');
    const whole = bytes.toString(encoding);
    const decoder = new StringDecoder(encoding);
    let out = '';
    let at = 0;
    while (at < bytes.length) {
      const step = 1 + random(5);
      out += decoder.write(bytes.subarray(at, at + step));
      at += step;
    }
    out += decoder.end();
    assert.strictEqual(out, whole, `${encoding} of ${JSON.stringify(text)}`);
  }
}
