'use strict';
// Timeout and Immediate objects are disposable: [Symbol.dispose]() cancels
// them like clearTimeout/clearImmediate.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(typeof Symbol.dispose, 'symbol');

const t = setTimeout(common.mustNotCall('disposed timeout fired'), 1);
assert.strictEqual(typeof t[Symbol.dispose], 'function');
t[Symbol.dispose]();

const i = setInterval(common.mustNotCall('disposed interval fired'), 1);
i[Symbol.dispose]();

const im = setImmediate(common.mustNotCall('disposed immediate ran'));
assert.strictEqual(typeof im[Symbol.dispose], 'function');
im[Symbol.dispose]();

setTimeout(common.mustCall(), 10);
