'use strict';
// setImmediate passes the arguments after the callback to it, in order.
const common = require('../common');
const assert = require('assert');

const obj = {};
setImmediate(common.mustCall((...args) => {
  assert.deepStrictEqual(args.slice(0, 2), [1, 'two']);
  assert.strictEqual(args[2], obj);
  assert.strictEqual(args.length, 3);
}), 1, 'two', obj);

setImmediate(common.mustCall((...args) => {
  assert.strictEqual(args.length, 0);
}));
