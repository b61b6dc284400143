'use strict';
// util.getSystemErrorName, getSystemErrorMessage and getSystemErrorMap:
// libuv's names and messages for negative error numbers.
const assert = require('assert');
const util = require('util');

const ENOENT = -2;
assert.strictEqual(util.getSystemErrorName(ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorMessage(ENOENT), 'no such file or directory');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.strictEqual(util.getSystemErrorMessage(-99999), 'Unknown system error -99999');

for (const fn of [util.getSystemErrorName, util.getSystemErrorMessage]) {
  assert.strictEqual(fn.length, 1);
  for (const bad of [2, 0, -1.5, -Infinity, NaN, 2 ** 53, -(2 ** 53)]) {
    assert.throws(() => fn(bad), {
      code: 'ERR_OUT_OF_RANGE',
      name: 'RangeError',
      message: `The value of "err" is out of range. It must be a negative integer. Received ${
        util.inspect(bad, { numericSeparator: Math.abs(bad) > 2 ** 32 })}`,
    });
  }
  for (const bad of ['x', -2n, null, undefined, {}]) {
    assert.throws(() => fn(bad), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "err" argument must be of type number\. Received /,
    });
  }
}

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.ok(map.size > 50);
assert.deepStrictEqual(map.get(ENOENT), ['ENOENT', 'no such file or directory']);
assert.deepStrictEqual(map.get(-4095), ['EOF', 'end of file']);
// Every entry agrees with the single lookups.
for (const [errno, [name, message]] of map) {
  assert.ok(Number.isInteger(errno) && errno < 0);
  assert.strictEqual(util.getSystemErrorName(errno), name);
  assert.strictEqual(util.getSystemErrorMessage(errno), message);
}
// A new map on every call.
assert.notStrictEqual(util.getSystemErrorMap(), map);
