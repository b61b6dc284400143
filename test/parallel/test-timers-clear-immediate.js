'use strict';
// A cleared immediate never runs, even when cleared by an immediate that
// runs before it in the same check phase.
const common = require('../common');
const assert = require('assert');

const a = setImmediate(common.mustNotCall('cleared immediate ran'));
assert.strictEqual(clearImmediate(a), undefined);
clearImmediate(a);

let b;
setImmediate(common.mustCall(() => {
  clearImmediate(b);
}));
b = setImmediate(common.mustNotCall('immediate cleared by an earlier one ran'));
setImmediate(common.mustCall());
