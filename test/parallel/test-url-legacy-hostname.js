'use strict';
// Hostnames in url.parse(): lowercased, non-ASCII ones through IDNA
// (UTS #46 ToASCII) to Punycode, and refused (ERR_INVALID_URL) when that
// fails or leaves a character no host may hold. Punycode comes without
// node:punycode's deprecation warning (DEP0040).
const common = require('../common');
const assert = require('assert');
const url = require('url');

const codes = [];
process.on('warning', (w) => codes.push(w.code));
process.on('exit', () => assert.ok(!codes.includes('DEP0040'), `warnings: ${codes}`));

const host = (h) => url.parse(`http://${h}/p`).hostname;

const valid = [
  ['example.COM', 'example.com'],
  ['m\u00fcnchen.de', 'xn--mnchen-3ya.de'],
  ['M\u00dcNCHEN.DE', 'xn--mnchen-3ya.de'],
  ['\u2603.net', 'xn--n3h.net'],
  ['\ud83d\ude00.com', 'xn--e28h.com'],
  ['\u4f8b\u3048.jp', 'xn--r8jz45g.jp'],
  ['\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444', 'xn--e1afmkfd.xn--p1ai'],
  // Full-width letters and compatibility characters map to their plain form.
  ['\uff21\uff22\uff23.com', 'abc.com'],
  ['\u2163.com', 'iv.com'],
  ['\ufb01.com', 'fi.com'],
  // Sharp s and final sigma are kept (non-transitional processing).
  ['fa\u00df.de', 'xn--fa-hia.de'],
  ['\u03c2.gr', 'xn--3xa.gr'],
  // Dotted capital I lowercases to i and a combining dot.
  ['\u0130.com', 'xn--i-9bb.com'],
  // Soft hyphen and zero width space are dropped.
  ['a\u00adb\u200b.com', 'ab.com'],
  // Ideographic and full-width full stops separate labels.
  ['a\u3002b\uff0ec', 'a.b.c'],
  // Right-to-left labels that keep the Bidi rule.
  ['\u0627\u0644\u0639\u0631\u0628\u064a\u0629.com', 'xn--mgbcd4a2b0d2b.com'],
  ['\u05d0\u05d1.il', 'xn--4dbc.il'],
  ['\u0627\u0661', 'xn--mgb0j'],
  // ASCII hostnames are not checked: "xn--" labels pass as they are.
  ['xn--a.com', 'xn--a.com'],
  ['XN--N3H.net', 'xn--n3h.net'],
  ['a_b*c!$&\'()+,;=', 'a_b*c!$&'],
  ['-a-.b--c', '-a-.b--c'],
  ['0x7f.1', '0x7f.1'],
  // IDNA alone, not the WHATWG host parser: no IPv4 numbers, ASCII symbols
  // kept, hyphens and label lengths unchecked.
  ['\u00fc.0x7f.1', 'xn--tda.0x7f.1'],
  ['\u00fc_x!*.com', 'xn--_x!*-zra.com'],
  ['-\u00fc.com', 'xn----eha.com'],
  ['\u00fc'.repeat(70), `xn--tda${'a'.repeat(69)}`],
  // Ignored code points go, and full-width letters and ideographic full
  // stops are mapped.
  ['a\u00adb\uff21\u3002\u00fc', 'aba.xn--tda'],
];
for (const [input, want] of valid) assert.strictEqual(host(input), want, JSON.stringify(input));

const invalid = [
  'x\u200dy.com', // a joiner that follows no virama
  '\u0661\u0662\u0663.com', // an Arabic digit cannot start a label
  'a\u05d0', // left-to-right and right-to-left letters in one label
  'a.\u0301b', // a label cannot start with a combining mark
  'a\u2024b', // maps to a full stop inside a label: disallowed
  '\ue000.com', // private use
  '\u00e9.xn--a', // Punycode that does not decode
  '\u00e9\u3000', // maps to a space
  '[::1', // '[' is left in a host that is not bracketed
  '\u00e9\u0080', // a C1 control
];
for (const input of invalid) {
  assert.throws(() => url.parse(`http://${input}/p`), (err) => {
    assert.strictEqual(err.name, 'TypeError');
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.input, `http://${input}/p`);
    return true;
  }, JSON.stringify(input));
}

// IPv6 hosts are not mapped, only checked for characters no host may hold.
assert.strictEqual(host('[ABCD::1]'), 'abcd::1');
assert.strictEqual(host('[not-ipv6]'), 'not-ipv6');
assert.throws(() => url.parse('http://[a^b]/'), { code: 'ERR_INVALID_URL' });
// A host that only holds characters that end it is empty.
assert.strictEqual(host('%41'), '');
assert.strictEqual(url.parse('http://%41/').pathname, '%41/');
setImmediate(common.mustCall());
