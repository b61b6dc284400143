'use strict';
// TextDecoder('windows-1252') (also latin1, ascii, iso-8859-1): bytes
// 0x80-0x9f are the windows-1252 characters, the rest Latin-1; there are
// no errors (fatal changes nothing) and no byte order mark. The 256 code
// points recorded from Node 24.
require('../common');
const assert = require('assert');

const expected = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127, 8364, 129, 8218, 402, 8222, 8230, 8224, 8225, 710, 8240, 352, 8249, 338, 141, 381, 143, 144, 8216, 8217, 8220, 8221, 8226, 8211, 8212, 732, 8482, 353, 8250, 339, 157, 382, 376, 160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255];

const all = new Uint8Array(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const label of ['windows-1252', 'latin1', 'ascii', 'iso-8859-1', 'us-ascii']) {
  const decoder = new TextDecoder(label, { fatal: true });
  assert.strictEqual(decoder.encoding, 'windows-1252');
  const text = decoder.decode(all);
  assert.strictEqual(text.length, 256);
  for (let i = 0; i < 256; i++) assert.strictEqual(text.charCodeAt(i), expected[i], `${label} byte ${i}`);
}
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])), '\u00ef\u00bb\u00bfA');
const long = new Uint8Array(100000).fill(0x80);
long[500] = 0x41;
const decoded = new TextDecoder('latin1').decode(long);
assert.strictEqual(decoded.length, 100000);
assert.strictEqual(decoded[0], '\u20ac');
assert.strictEqual(decoded[500], 'A');
assert.strictEqual(new TextDecoder('ascii').decode(new Uint8Array([0x41, 0xe9])), 'A\u00e9');
