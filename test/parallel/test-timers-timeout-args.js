'use strict';
// setTimeout and setInterval pass the arguments after the delay to the
// callback, unchanged and in order.
const common = require('../common');
const assert = require('assert');

const obj = { a: 1 };
setTimeout(common.mustCall((...args) => {
  assert.strictEqual(args.length, 4);
  assert.strictEqual(args[0], 'a');
  assert.strictEqual(args[1], 2);
  assert.strictEqual(args[2], obj);
  assert.strictEqual(args[3], undefined);
}), 1, 'a', 2, obj, undefined);

setTimeout(common.mustCall((...args) => {
  assert.strictEqual(args.length, 0);
}), 1);

const interval = setInterval(common.mustCall((x, y) => {
  assert.strictEqual(x, 'x');
  assert.strictEqual(y, null);
  clearInterval(interval);
}), 1, 'x', null);
