'use strict';
// A negative delay, a delay that is not a number, and one above 2^31-1 each
// emit a warning (on a later tick) naming the value and saying the duration
// was set to 1: NaN and negative ones once per process, overflowing ones
// every time.
const common = require('../common');
const assert = require('assert');

const warnings = [];
let sync = true;
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(sync, false);
  assert(w instanceof Error);
  warnings.push([w.name, w.message]);
}, 3));
setTimeout(common.mustCall(), -5);
setTimeout(common.mustCall(), 'not a number');
setTimeout(common.mustCall(), 2 ** 31);
sync = false;

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    ['TimeoutNegativeWarning', '-5 is a negative number.\nTimeout duration was set to 1.'],
    ['TimeoutNaNWarning', 'NaN is not a number.\nTimeout duration was set to 1.'],
    ['TimeoutOverflowWarning',
     '2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.'],
  ]);
}), 20);

// Later NaN and negative delays say nothing more (once per process each);
// every overflowing one warns again.
setTimeout(common.mustCall(() => {
  const before = warnings.length;
  process.removeAllListeners('warning');
  const later = [];
  process.on('warning', (w) => later.push(w.name));
  setTimeout(() => {}, NaN);
  setTimeout(() => {}, -1);
  setInterval(() => {}, -2).unref();
  setTimeout(() => {}, 2 ** 32);
  setTimeout(common.mustCall(() => {
    assert.strictEqual(before, 3);
    assert.deepStrictEqual(later, ['TimeoutOverflowWarning']);
  }), 5);
}), 40);
