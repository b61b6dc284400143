'use strict';
// process.env has no symbol-keyed entries: setting one, or storing a symbol
// value, throws a TypeError and leaves the environment unchanged.
const assert = require('assert');

const KEY = 'KILN_TEST_ENV_SYMBOL';
const sym = Symbol('k');
assert.throws(() => { process.env[sym] = 'x'; }, TypeError);
assert.strictEqual(process.env[sym], undefined);
assert.strictEqual(sym in process.env, false);
// Symbol values cannot be stored either.
assert.throws(() => { process.env[KEY] = Symbol('v'); }, TypeError);
assert.strictEqual(KEY in process.env, false);
