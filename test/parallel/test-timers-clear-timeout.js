'use strict';
// A cleared timeout or interval never fires, clearing twice is harmless, and
// the clear functions ignore values that are not timers.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustNotCall('cleared timeout fired'), 1);
assert.strictEqual(clearTimeout(t), undefined);
clearTimeout(t);

const i = setInterval(common.mustNotCall('cleared interval fired'), 1);
assert.strictEqual(clearInterval(i), undefined);
clearInterval(i);

// The two clear functions are interchangeable.
const t2 = setTimeout(common.mustNotCall('timeout cleared by clearInterval fired'), 1);
clearInterval(t2);
const i2 = setInterval(common.mustNotCall('interval cleared by clearTimeout fired'), 1);
clearTimeout(i2);

for (const v of [undefined, null, 0, 123456789, '', 'abc', {}, [], () => {}, true]) {
  assert.strictEqual(clearTimeout(v), undefined);
  assert.strictEqual(clearInterval(v), undefined);
  assert.strictEqual(clearImmediate(v), undefined);
}

// A timer that is not cleared still fires.
setTimeout(common.mustCall(), 5);
