'use strict';
// node:punycode: RFC 3492 encode/decode, the domain helpers, ucs2, and the
// DEP0040 deprecation warning on load.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0040');
}));
const p = require('punycode');
assert.strictEqual(p.version, '2.1.0');
assert.deepStrictEqual(Object.keys(p), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(p.encode('ma\u00f1ana'), 'maana-pta');
assert.strictEqual(p.decode('maana-pta'), 'ma\u00f1ana');
assert.strictEqual(p.encode('\u00fc'), 'tda');
assert.strictEqual(p.encode('abc'), 'abc-');
assert.strictEqual(p.encode(''), '');
assert.strictEqual(p.encode('\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587'), 'ihqwcrb4cv8a8dqg056pqjye');
assert.strictEqual(p.decode('ihqwcrb4cv8a8dqg056pqjye'), '\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587');
assert.strictEqual(p.toASCII('ma\u00f1ana.com'), 'xn--maana-pta.com');
assert.strictEqual(p.toUnicode('xn--maana-pta.com'), 'ma\u00f1ana.com');
assert.strictEqual(p.toASCII('a@b.\u00f1.com'), 'a@b.xn--ida.com');
assert.strictEqual(p.toUnicode('a@xn--ida.com'), 'a@\u00f1.com');
assert.strictEqual(p.toASCII('\u3002a'), '.a');
assert.deepStrictEqual(p.ucs2.decode('\ud83d\ude00a'), [0x1f600, 97]);
assert.strictEqual(p.ucs2.encode([0x1f600, 97]), '\ud83d\ude00a');
assert.throws(() => p.decode('\x80'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => p.decode('\x81-'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
