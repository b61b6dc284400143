'use strict';
// setTimeout and setImmediate promisify to their timers/promises forms,
// which take the resolved value as an extra argument.
const assert = require('assert');
const common = require('../common');
const { promisify } = require('util');
const timersPromises = require('timers/promises');

assert.strictEqual(promisify(setTimeout), timersPromises.setTimeout);
assert.strictEqual(promisify(setImmediate), timersPromises.setImmediate);
assert.strictEqual(setTimeout[promisify.custom], timersPromises.setTimeout);

async function main() {
  assert.strictEqual(await promisify(setTimeout)(1, 'value'), 'value');
  assert.strictEqual(await promisify(setImmediate)('imm'), 'imm');
}

main().then(common.mustCall());
