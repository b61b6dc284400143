'use strict';
// TextDecoder for the Encoding standard's legacy single-byte encodings and
// x-user-defined, which Node 24 decodes (issue 4). Expected values
// recorded from Node 24: for each encoding, bytes 0-255 decoded in one
// call, as the decoded length, the count of U+FFFD and an FNV-1a hash of
// the code units.
const { textFingerprint } = require('../common');
const assert = require('assert');

const expected = {
  'ibm866': [256, 0, 'c94f511d'], 'iso-8859-2': [256, 0, '70d570e'], 'iso-8859-3': [256, 7, 'daefe744'],
  'iso-8859-4': [256, 0, 'a6feef21'], 'iso-8859-5': [256, 0, '258d6261'], 'iso-8859-6': [256, 45, '98e099f9'],
  'iso-8859-7': [256, 3, 'a1869e7f'], 'iso-8859-8': [256, 36, 'f4599334'], 'iso-8859-8-i': [256, 36, 'f4599334'],
  'iso-8859-10': [256, 0, 'ab9bc02e'], 'iso-8859-13': [256, 0, 'd20e6e4c'], 'iso-8859-14': [256, 0, '4529d464'],
  'iso-8859-15': [256, 0, '25cb4d27'], 'iso-8859-16': [256, 0, 'd9e65a4b'], 'koi8-r': [256, 0, '415e04a9'],
  'koi8-u': [256, 0, '6f861d47'], 'macintosh': [256, 0, '270d7788'], 'windows-874': [256, 8, '751240d1'],
  'windows-1250': [256, 0, '46c01ba5'], 'windows-1251': [256, 0, '865aeb5d'], 'windows-1252': [256, 0, '1f0fb4af'],
  'windows-1253': [256, 3, '3f2fcaeb'], 'windows-1254': [256, 0, '73ac6d07'], 'windows-1255': [256, 10, '8c95c90f'],
  'windows-1256': [256, 0, '84f9ea20'], 'windows-1257': [256, 2, '7d2cd804'], 'windows-1258': [256, 0, '2b601276'],
  'x-mac-cyrillic': [256, 0, 'bfedee2'], 'x-user-defined': [256, 0, 'c51d92c5'],
};

const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;

for (const [name, [length, unmapped, hash]] of Object.entries(expected)) {
  const decoder = new TextDecoder(name);
  assert.strictEqual(decoder.encoding, name);
  const text = decoder.decode(all);
  assert.deepStrictEqual(textFingerprint(text), [length, unmapped, hash], name);
  // ASCII is ASCII in every one of them.
  assert.strictEqual(decoder.decode(Buffer.from('plain ASCII\n')), 'plain ASCII\n');
  // A fatal decoder refuses exactly the bytes mapped to nothing.
  const fatal = new TextDecoder(name, { fatal: true });
  if (unmapped === 0) {
    assert.strictEqual(fatal.decode(all), text);
  } else {
    assert.throws(() => fatal.decode(all), {
      name: 'TypeError',
      code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
      // Node names iso-8859-8-i's table here.
      message: `The encoded data was not valid for encoding ${name === 'iso-8859-8-i' ? 'iso-8859-8' : name}`,
    });
  }
}

// Some well-known characters, and the places the standard's tables differ
// from the vendors' code pages.
const samples = [
  ['koi8-r', [0xc1, 0xe1], 'аА'],
  ['windows-1251', [0xc0, 0xff], 'Ая'],
  ['iso-8859-7', [0xe4], 'δ'],
  ['ibm866', [0x80, 0xfc], 'А№'],
  ['iso-8859-15', [0xa4], '€'],
  ['macintosh', [0x80, 0xdb], 'Ä€'],
  ['koi8-u', [0xae, 0xbe], '\u045e\u040e'],
  ['windows-1255', [0xca], '\u05ba'],
  ['windows-874', [0x81, 0xa1], '\u0081ก'],
  ['x-user-defined', [0x7f, 0x80, 0xff], '\x7f\uf780\uf7ff'],
  ['iso-8859-6', [0x41, 0xa1, 0x42], 'A\ufffdB'],
];
for (const [name, bytes, text] of samples)
  assert.strictEqual(new TextDecoder(name).decode(Uint8Array.from(bytes)), text, name);

// Labels, with the standard's trimming and case folding.
for (const [label, name] of [
  ['latin2', 'iso-8859-2'], [' CP866\n', 'ibm866'], ['koi', 'koi8-r'], ['koi8-ru', 'koi8-u'],
  ['x-mac-ukrainian', 'x-mac-cyrillic'], ['logical', 'iso-8859-8-i'], ['visual', 'iso-8859-8'],
  ['tis-620', 'windows-874'], ['iso-8859-9', 'windows-1254'], ['L9', 'iso-8859-15'],
  ['mac', 'macintosh'], ['X-User-Defined', 'x-user-defined'],
]) {
  assert.strictEqual(new TextDecoder(label).encoding, name, label);
}

// No byte order mark in these: EF BB BF are three characters.
assert.strictEqual(new TextDecoder('iso-8859-5').decode(Uint8Array.of(0xef, 0xbb, 0xbf)), '\u044f\u041b\u041f');

// Streaming keeps nothing back, any view and ArrayBuffer is input.
{
  const decoder = new TextDecoder('windows-1250');
  assert.strictEqual(decoder.decode(Uint8Array.of(0x8a), { stream: true }), 'Š');
  assert.strictEqual(decoder.decode(new Uint16Array([0x9a8a]).buffer, { stream: true }), 'Šš');
  assert.strictEqual(decoder.decode(new DataView(Uint8Array.of(0, 0xe8).buffer, 1)), 'č');
  assert.strictEqual(decoder.decode(), '');
}

// The util.inspect form is the one every decoder has.
assert.strictEqual(require('util').inspect(new TextDecoder('koi8-r', { fatal: true })),
                   "TextDecoder { encoding: 'koi8-r', fatal: true, ignoreBOM: false }");

// Long ASCII runs (which the decoder copies as they are) before, between
// and after other bytes; a byte mapped to nothing far into the text is
// still found, and a decoding is the same whole or in pieces.
{
  const ascii = 'The quick brown fox jumps over the lazy dog. '.repeat(5);
  const bytes = Buffer.concat([Buffer.from(ascii), Uint8Array.of(0xc1), Buffer.from(ascii), Uint8Array.of(0xe1)]);
  const koi = new TextDecoder('koi8-r');
  assert.strictEqual(koi.decode(bytes), `${ascii}а${ascii}А`);
  assert.strictEqual(koi.decode(Buffer.from(ascii)), ascii);
  assert.strictEqual(koi.decode(bytes.subarray(1, ascii.length + 1)), `${ascii.slice(1)}а`);
  for (const cut of [0, 1, 63, 64, 65, ascii.length, ascii.length + 1, bytes.length - 1]) {
    assert.strictEqual(koi.decode(bytes.subarray(0, cut)) + koi.decode(bytes.subarray(cut)), koi.decode(bytes), `cut ${cut}`);
  }
  // Every byte alone, and each after 100 ASCII bytes, as in the table.
  for (const name of ['windows-1252', 'iso-8859-6', 'x-user-defined', 'windows-1253']) {
    const decoder = new TextDecoder(name);
    const whole = decoder.decode(all);
    for (let b = 0; b < 256; b++) {
      assert.strictEqual(decoder.decode(Uint8Array.of(b)), whole[b], `${name} ${b}`);
      const padded = new Uint8Array(101).fill(0x2e);
      padded[100] = b;
      assert.strictEqual(decoder.decode(padded), '.'.repeat(100) + whole[b], `${name} ${b} after ASCII`);
    }
  }
  const unmapped = Buffer.concat([Buffer.from(ascii), Uint8Array.of(0xa1)]);
  assert.strictEqual(new TextDecoder('iso-8859-6').decode(unmapped), `${ascii}\ufffd`);
  assert.throws(() => new TextDecoder('iso-8859-6', { fatal: true }).decode(unmapped),
                { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  // windows-1252 maps every byte: a fatal decoder takes them all.
  assert.strictEqual(new TextDecoder('windows-1252', { fatal: true }).decode(Buffer.concat([Buffer.from(ascii), Uint8Array.of(0x80, 0x81, 0xff)])),
                     `${ascii}\u20ac\u0081\u00ff`);
}
