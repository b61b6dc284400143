'use strict';
// crypto KeyObjects compare by their key material, loosely and strictly.
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.createSecretKey(Buffer.alloc(1, 0));
const b = crypto.createSecretKey(Buffer.alloc(1, 1));
assert.notDeepEqual(a, b);
assert.notDeepStrictEqual(a, b);
assert.deepStrictEqual(crypto.createSecretKey(Buffer.alloc(0)), crypto.createSecretKey(Buffer.alloc(0)));
assert.deepEqual(crypto.createSecretKey(Buffer.alloc(3, 2)), crypto.createSecretKey(Buffer.alloc(3, 2)));
assert.notDeepStrictEqual({ key: a }, { key: b });
