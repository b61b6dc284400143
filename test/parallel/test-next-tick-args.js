'use strict';
// process.nextTick passes the arguments after the callback to it.
const common = require('../common');
const assert = require('assert');

const obj = {};
process.nextTick(common.mustCall((...args) => {
  assert.strictEqual(args.length, 4);
  assert.strictEqual(args[0], 1);
  assert.strictEqual(args[1], 'two');
  assert.strictEqual(args[2], obj);
  assert.strictEqual(args[3], undefined);
}), 1, 'two', obj, undefined);

process.nextTick(common.mustCall((...args) => {
  assert.strictEqual(args.length, 0);
}));
