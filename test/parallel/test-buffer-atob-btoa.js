'use strict';
// atob and btoa, globals and node:buffer exports: btoa takes Latin-1
// text, atob the HTML standard's forgiving base64 (ASCII whitespace
// skipped, '=' only at the end, a length that leaves 1 mod 4 refused),
// both throw a DOMException named InvalidCharacterError. Recorded from
// Node 24.
require('../common');
const assert = require('assert');
const buffer = require('buffer');

const decodes = [
  ["", "ok", ""],
  ["YQ==", "ok", "a"],
  ["YQ", "ok", "a"],
  ["YWI=", "ok", "ab"],
  ["YWJj", "ok", "abc"],
  [" Y W J j ", "ok", "abc"],
  ["YW\tJj\n", "ok", "abc"],
  ["YWJj\f\r", "ok", "abc"],
  ["a", "throws", "InvalidCharacterError", 5, "The string to be decoded is not correctly encoded."],
  ["a===", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["ab=", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["abc=", "ok", "i\u00b7"],
  ["ab==", "ok", "i"],
  ["ab===", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["YQ==YQ==", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["Y=Q=", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["@", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["YW-j", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["YW_j", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["====", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["=", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["abcde", "throws", "InvalidCharacterError", 5, "The string to be decoded is not correctly encoded."],
  ["abcdef", "ok", "i\u00b7\u001dy"],
  ["////", "ok", "\u00ff\u00ff\u00ff"],
  ["+/+/", "ok", "\u00fb\u00ff\u00bf"],
  ["YQ\u00a0", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["\u0100", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["null", "ok", "\u009e\u00e9e"],
  [12, "ok", "\u00d7"],
  [null, "ok", "\u009e\u00e9e"],
  ["UNDEF", "throws", "InvalidCharacterError", 5, "The string to be decoded is not correctly encoded."],
];

for (const [input, kind, ...rest] of decodes) {
  const x = input === 'UNDEF' ? undefined : input;
  if (kind === 'ok') {
    assert.strictEqual(atob(x), rest[0], `atob(${JSON.stringify(input)})`);
  } else {
    assert.throws(() => atob(x), (err) => {
      assert.strictEqual(err.name, rest[0]);
      assert.strictEqual(err.code, rest[1]);
      assert.strictEqual(err.message, rest[2]);
      if (rest[0] === 'InvalidCharacterError') assert.ok(err instanceof DOMException);
      return true;
    }, `atob(${JSON.stringify(input)})`);
  }
}

const encodes = [
  ["", "ok", ""],
  ["a", "ok", "YQ=="],
  ["ab", "ok", "YWI="],
  ["abc", "ok", "YWJj"],
  ["\u00ff\u0000\u0080", "ok", "/wCA"],
  ["h\u00e9llo", "ok", "aOlsbG8="],
  ["\u0100", "throws", "InvalidCharacterError", 5, "Invalid character"],
  ["\ud83d\ude00", "throws", "InvalidCharacterError", 5, "Invalid character"],
  [12, "ok", "MTI="],
  [null, "ok", "bnVsbA=="],
  ["UNDEF", "ok", "dW5kZWZpbmVk"],
  ["OBJ", "ok", "eA=="],
];

for (const [input, kind, ...rest] of encodes) {
  const x = input === 'UNDEF' ? undefined : input === 'OBJ' ? { toString() { return 'x'; } } : input;
  if (kind === 'ok') {
    assert.strictEqual(btoa(x), rest[0], `btoa(${JSON.stringify(input)})`);
  } else {
    assert.throws(() => btoa(x), (err) => {
      assert.strictEqual(err.name, rest[0]);
      assert.strictEqual(err.code, rest[1]);
      assert.strictEqual(err.message, rest[2]);
      return true;
    }, `btoa(${JSON.stringify(input)})`);
  }
}

for (const fn of [atob, btoa]) {
  assert.throws(() => fn(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
}
assert.strictEqual(atob, buffer.atob);
assert.strictEqual(btoa, buffer.btoa);
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.strictEqual(atob(btoa(all.repeat(40))), all.repeat(40));
