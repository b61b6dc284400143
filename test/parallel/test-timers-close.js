'use strict';
// Timeout#close() cancels the timer like clearTimeout() and returns the
// Timeout; closing twice is harmless.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall('closed timeout fired'), 1);
assert.strictEqual(t.close(), t);
assert.strictEqual(t.close(), t);

const i = setInterval(common.mustNotCall('closed interval fired'), 1);
assert.strictEqual(i.close(), i);

setTimeout(common.mustCall(), 10);
