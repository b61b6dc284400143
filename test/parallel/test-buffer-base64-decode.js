'use strict';
// Node's base64 and base64url decoding is lenient: both alphabets in
// either, characters outside them skipped, the input ends at the first
// '=', missing padding is fine; a write stops at whole bytes that fit.
// Recorded from Node 24.
require('../common');
const assert = require('assert');

const cases = [
  ["", "base64", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["", "base64url", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["YQ==", "base64", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YQ==", "base64url", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YQ", "base64", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YQ", "base64url", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YQ=", "base64", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YQ=", "base64url", "61", 1, [1, "612e2e2e2e2e2e2e"], [1, "612e"]],
  ["YWI", "base64", "6162", 2, [2, "61622e2e2e2e2e2e"], [2, "6162"]],
  ["YWI", "base64url", "6162", 2, [2, "61622e2e2e2e2e2e"], [2, "6162"]],
  ["YWI=", "base64", "6162", 2, [2, "61622e2e2e2e2e2e"], [2, "6162"]],
  ["YWI=", "base64url", "6162", 2, [2, "61622e2e2e2e2e2e"], [2, "6162"]],
  ["YWJj", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  [" Y W J j ", "base64", "616263", 6, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  [" Y W J j ", "base64url", "616263", 6, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YW\tJj\n", "base64", "616263", 4, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YW\tJj\n", "base64url", "616263", 4, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["Y\u00e9WJj", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["Y\u00e9WJj", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YW@Jj", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YW@Jj", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj=", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj=", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj==YWJj", "base64", "616263", 7, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj==YWJj", "base64url", "616263", 7, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["Y=WJj", "base64", "", 3, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["Y=WJj", "base64url", "", 3, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["YW-_", "base64", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["YW-_", "base64url", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["YW+/", "base64", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["YW+/", "base64url", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["YW-/", "base64", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["YW-/", "base64url", "616fbf", 3, [3, "616fbf2e2e2e2e2e"], [2, "616f"]],
  ["////", "base64", "ffffff", 3, [3, "ffffff2e2e2e2e2e"], [2, "ffff"]],
  ["////", "base64url", "ffffff", 3, [3, "ffffff2e2e2e2e2e"], [2, "ffff"]],
  ["----", "base64", "fbefbe", 3, [3, "fbefbe2e2e2e2e2e"], [2, "fbef"]],
  ["----", "base64url", "fbefbe", 3, [3, "fbefbe2e2e2e2e2e"], [2, "fbef"]],
  ["a", "base64", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["a", "base64url", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["ab", "base64", "69", 1, [1, "692e2e2e2e2e2e2e"], [1, "692e"]],
  ["ab", "base64url", "69", 1, [1, "692e2e2e2e2e2e2e"], [1, "692e"]],
  ["abc", "base64", "69b7", 2, [2, "69b72e2e2e2e2e2e"], [2, "69b7"]],
  ["abc", "base64url", "69b7", 2, [2, "69b72e2e2e2e2e2e"], [2, "69b7"]],
  ["abcde", "base64", "69b71d", 3, [3, "69b71d2e2e2e2e2e"], [2, "69b7"]],
  ["abcde", "base64url", "69b71d", 3, [3, "69b71d2e2e2e2e2e"], [2, "69b7"]],
  ["abcdef", "base64", "69b71d79", 4, [4, "69b71d792e2e2e2e"], [2, "69b7"]],
  ["abcdef", "base64url", "69b71d79", 4, [4, "69b71d792e2e2e2e"], [2, "69b7"]],
  ["====", "base64", "", 1, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["====", "base64url", "", 1, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["=", "base64", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["=", "base64url", "", 0, [0, "2e2e2e2e2e2e2e2e"], [0, "2e2e"]],
  ["Zm9vYmFy", "base64", "666f6f626172", 6, [6, "666f6f6261722e2e"], [2, "666f"]],
  ["Zm9vYmFy", "base64url", "666f6f626172", 6, [6, "666f6f6261722e2e"], [2, "666f"]],
  ["Zm9vYmE", "base64", "666f6f6261", 5, [5, "666f6f62612e2e2e"], [2, "666f"]],
  ["Zm9vYmE", "base64url", "666f6f6261", 5, [5, "666f6f62612e2e2e"], [2, "666f"]],
  ["Zm9vYm", "base64", "666f6f62", 4, [4, "666f6f622e2e2e2e"], [2, "666f"]],
  ["Zm9vYm", "base64url", "666f6f62", 4, [4, "666f6f622e2e2e2e"], [2, "666f"]],
  ["Zm9vY", "base64", "666f6f", 3, [3, "666f6f2e2e2e2e2e"], [2, "666f"]],
  ["Zm9vY", "base64url", "666f6f", 3, [3, "666f6f2e2e2e2e2e"], [2, "666f"]],
  ["Zm9v\r\nYmFy", "base64", "666f6f626172", 7, [6, "666f6f6261722e2e"], [2, "666f"]],
  ["Zm9v\r\nYmFy", "base64url", "666f6f626172", 7, [6, "666f6f6261722e2e"], [2, "666f"]],
  ["\u0100YWJj", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["\u0100YWJj", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj\u0000", "base64", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJj\u0000", "base64url", "616263", 3, [3, "6162632e2e2e2e2e"], [2, "6162"]],
  ["YWJjZA=", "base64", "61626364", 4, [4, "616263642e2e2e2e"], [2, "6162"]],
  ["YWJjZA=", "base64url", "61626364", 4, [4, "616263642e2e2e2e"], [2, "6162"]],
  ["YWJjZA===", "base64", "61626364", 5, [4, "616263642e2e2e2e"], [2, "6162"]],
  ["YWJjZA===", "base64url", "61626364", 5, [4, "616263642e2e2e2e"], [2, "6162"]],
];

for (const [input, encoding, bytes, length, [w8, into8], [w2, into2]] of cases) {
  const label = `${JSON.stringify(input)} as ${encoding}`;
  assert.strictEqual(Buffer.from(input, encoding).toString('hex'), bytes, label);
  assert.strictEqual(Buffer.byteLength(input, encoding), length, label);
  const eight = Buffer.alloc(8, 0x2e);
  assert.strictEqual(eight.write(input, encoding), w8, label);
  assert.strictEqual(eight.toString('hex'), into8, label);
  const two = Buffer.alloc(2, 0x2e);
  assert.strictEqual(two.write(input, encoding), w2, label);
  assert.strictEqual(two.toString('hex'), into2, label);
}

// Encoding: standard alphabet with padding, url alphabet without.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (let n = 0; n <= 256; n += 37) {
  const part = all.subarray(0, n);
  const b64 = part.toString('base64');
  const url = part.toString('base64url');
  assert.strictEqual(url, b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
  assert.ok(Buffer.from(b64, 'base64').equals(part));
  assert.ok(Buffer.from(url, 'base64url').equals(part));
  assert.ok(Buffer.from(url, 'base64').equals(part));
  assert.ok(Buffer.from(b64, 'base64url').equals(part));
}
