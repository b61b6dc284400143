'use strict';
// TextDecoder for the Encoding standard's multi-byte CJK encodings (gbk,
// gb18030, big5, euc-jp, iso-2022-jp, shift_jis, euc-kr), which Node 24
// decodes through ICU (issue 4). Expected values recorded from Node 24.
const { textFingerprint: fnv } = require('../common');
const assert = require('assert');

// Every two-byte sequence, each followed by a line feed, in one call: the
// decoded length, the count of U+FFFD and a hash of the code units.
const pairs = new Uint8Array(256 * 256 * 3);
for (let a = 0, k = 0; a < 256; a++) {
  for (let b = 0; b < 256; b++) {
    pairs[k++] = a;
    pairs[k++] = b;
    pairs[k++] = 0x0a;
  }
}
const expected = {
  'gbk': [172542, 25082, '57feeb39'],
  'gb18030': [172542, 25082, '57feeb39'],
  'big5': [172668, 28916, '51a064d4'],
  'euc-jp': [187512, 33678, 'b681d90e'],
  'iso-2022-jp': [196607, 67072, '2e5d676'],
  'shift_jis': [185328, 19956, '32318337'],
  'euc-kr': [187584, 32740, 'c75838ee'],
};
for (const [name, want] of Object.entries(expected)) {
  const decoder = new TextDecoder(name);
  assert.strictEqual(decoder.encoding, name);
  assert.deepStrictEqual(fnv(decoder.decode(pairs)), want, name);
}

// Words in each, and the labels that name them.
const words = [
  ['gbk', [0xc4, 0xe3, 0xba, 0xc3], '你好'],
  ['gb2312', [0xd6, 0xd0, 0xce, 0xc4], '中文'],
  ['gb18030', [0x81, 0x30, 0x81, 0x30, 0x95, 0x32, 0x82, 0x36], '\u0080\u{20000}'],
  ['big5', [0xa4, 0xa4, 0xa4, 0xe5], '中文'],
  ['euc-jp', [0xc6, 0xfc, 0xcb, 0xdc], '日本'],
  ['iso-2022-jp', [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x41], '日本A'],
  ['sjis', [0x93, 0xfa, 0x96, 0x7b, 0xb1], '日本ｱ'],
  ['windows-31j', [0x82, 0xa0], 'あ'],
  ['korean', [0xc7, 0xd1, 0xb1, 0xdb], '한글'],
];
for (const [label, bytes, text] of words)
  assert.strictEqual(new TextDecoder(label).decode(Uint8Array.from(bytes)), text, label);

// gbk is gb18030's decoder, GB18030-2022's: 0x80 is the euro sign, and
// A6D9 is U+FE10 where the 2005 tables had a private use code point.
assert.strictEqual(new TextDecoder('gbk').decode(Uint8Array.of(0x80, 0xa6, 0xd9, 0xff)), '€\ufe10\ufffd');
assert.strictEqual(new TextDecoder('gbk', { fatal: true }).decode(Uint8Array.of(0x80)), '€');

// Bytes that map to nothing are U+FFFD (not ICU's U+001A), or an error
// when fatal.
assert.strictEqual(new TextDecoder('shift_jis').decode(Uint8Array.of(0x41, 0xff)), 'A\ufffd');
assert.strictEqual(new TextDecoder('euc-kr').decode(Uint8Array.of(0xff)), '\ufffd');
for (const name of Object.keys(expected)) {
  // A lead byte cut short by a line feed (0xa1 is a character of its own
  // in shift_jis; 0x81 is not).
  const bytes = name === 'shift_jis' ? [0x41, 0x81, 0x0a] : [0x41, 0xa1, 0x0a];
  assert.throws(() => new TextDecoder(name, { fatal: true }).decode(Uint8Array.from(bytes)), {
    name: 'TypeError',
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: `The encoded data was not valid for encoding ${name}`,
  });
}

// Streaming keeps an unfinished character for the next call; the end of
// the stream decodes (or refuses) what is left and starts afresh.
{
  const decoder = new TextDecoder('shift_jis');
  assert.strictEqual(decoder.decode(Uint8Array.of(0x93), { stream: true }), '');
  assert.strictEqual(decoder.decode(Uint8Array.of(0xfa, 0x96), { stream: true }), '日');
  assert.strictEqual(decoder.decode(), '\ufffd');
  assert.strictEqual(decoder.decode(Uint8Array.of(0x41)), 'A');
  const fatal = new TextDecoder('big5', { fatal: true });
  assert.strictEqual(fatal.decode(Uint8Array.of(0xa4), { stream: true }), '');
  assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  assert.strictEqual(fatal.decode(Uint8Array.of(0xa4, 0xa4)), '中');
}
{
  // iso-2022-jp's escape state lasts across chunks.
  const decoder = new TextDecoder('iso-2022-jp');
  let text = '';
  for (const b of [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c])
    text += decoder.decode(Uint8Array.of(b), { stream: true });
  assert.strictEqual(text + decoder.decode(), '日本');
}

// No byte order mark handling in these: U+FEFF is not theirs to drop.
assert.strictEqual(new TextDecoder('gb18030').decode(Uint8Array.of(0x84, 0x31, 0x95, 0x33, 0x41)), '\ufeffA');
