'use strict';
// stat's bigint option takes only true: another truthy value gives a
// Stats of numbers, as in Node (IsTrue() in its binding).
const assert = require('assert');
const fs = require('fs');

const file = __filename;
for (const bigint of [1, 'yes', {}]) {
  assert.strictEqual(typeof fs.statSync(file, { bigint }).size, 'number');
  assert.strictEqual(typeof fs.lstatSync(file, { bigint }).size, 'number');
  const fd = fs.openSync(file, 'r');
  assert.strictEqual(typeof fs.fstatSync(fd, { bigint }).size, 'number');
  fs.closeSync(fd);
}
assert.strictEqual(typeof fs.statSync(file, { bigint: true }).size, 'bigint');
assert.strictEqual(typeof fs.lstatSync(file, { bigint: true }).mode, 'bigint');

let pending = 2;
fs.stat(file, { bigint: 1 }, (err, s) => {
  assert.ifError(err);
  assert.strictEqual(typeof s.size, 'number');
  pending--;
});
fs.promises.stat(file, { bigint: 1 }).then((s) => {
  assert.strictEqual(typeof s.size, 'number');
  pending--;
});
process.on('exit', () => assert.strictEqual(pending, 0));
