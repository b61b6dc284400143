'use strict';
// process.config is a frozen object with `target_defaults` and `variables`.
const assert = require('assert');

const c = process.config;
assert.strictEqual(typeof c, 'object');
assert.strictEqual(typeof c.variables, 'object');
assert.strictEqual(typeof c.target_defaults, 'object');
assert(Object.isFrozen(c));
assert.throws(() => { c.extra = 1; }, TypeError);
assert.strictEqual(c.extra, undefined);
