'use strict';
// UTF-8 decoding as the Encoding standard does it: each maximal ill-formed
// subsequence becomes one U+FFFD (overlong forms, surrogates, values past
// U+10FFFF, stray continuation bytes, cut-off sequences), and a byte order
// mark is kept. The same whether the input is short (decoded in JS) or
// long (decoded in C). Recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["c080", "\ufffd\ufffd"],
  ["c1bf", "\ufffd\ufffd"],
  ["c280", "\u0080"],
  ["dfbf", "\u07ff"],
  ["e08080", "\ufffd\ufffd\ufffd"],
  ["e0a080", "\u0800"],
  ["ed9fbf", "\ud7ff"],
  ["eda080", "\ufffd\ufffd\ufffd"],
  ["ee8080", "\ue000"],
  ["efbfbf", "\uffff"],
  ["f0808080", "\ufffd\ufffd\ufffd\ufffd"],
  ["f0908080", "\ud800\udc00"],
  ["f48fbfbf", "\udbff\udfff"],
  ["f4908080", "\ufffd\ufffd\ufffd\ufffd"],
  ["f5808080", "\ufffd\ufffd\ufffd\ufffd"],
  ["f888808080", "\ufffd\ufffd\ufffd\ufffd\ufffd"],
  ["fe", "\ufffd"],
  ["ff", "\ufffd"],
  ["80", "\ufffd"],
  ["bf", "\ufffd"],
  ["e228a1", "\ufffd(\ufffd"],
  ["e28228", "\ufffd("],
  ["f0288cbc", "\ufffd(\ufffd\ufffd"],
  ["f09028bc", "\ufffd(\ufffd"],
  ["f09f98", "\ufffd"],
  ["e2", "\ufffd"],
  ["c3", "\ufffd"],
  ["61c362", "a\ufffdb"],
  ["efbbbf61", "\ufeffa"],
];

for (const [bytes, expected] of cases) {
  const buf = Buffer.from(bytes, 'hex');
  assert.strictEqual(buf.toString(), expected, `<${bytes}>`);
  const padded = Buffer.concat([Buffer.alloc(300, 'x'), buf, Buffer.from('!')]);
  assert.strictEqual(padded.toString(), 'x'.repeat(300) + expected + '!', `<${bytes}> in a long buffer`);
  assert.strictEqual(new TextDecoder().decode(padded), 'x'.repeat(300) + expected + '!');
}

// Every code point survives a round trip through UTF-8.
let text = '';
for (let cp = 0; cp < 0x110000; cp += 0x101) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  text += String.fromCodePoint(cp);
}
assert.strictEqual(Buffer.from(text).toString(), text);
assert.strictEqual(Buffer.from(text).toString('utf8', 0, 100), Buffer.from(text).subarray(0, 100).toString());
