'use strict';
// File, a Blob with a name and a lastModified time. Expected values
// recorded from Node 24.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { Blob, File } = require('buffer');

assert.strictEqual(globalThis.File, File);
assert.strictEqual(File.name, 'File');
assert.strictEqual(File.length, 2);
assert.strictEqual(Object.getPrototypeOf(File), Blob);

const file = new File(['ab'], 'n.txt', { type: 'T', lastModified: 5 });
assert.ok(file instanceof Blob);
assert.strictEqual(file.name, 'n.txt');
assert.strictEqual(file.lastModified, 5);
assert.strictEqual(file.size, 2);
assert.strictEqual(file.type, 't');
assert.strictEqual(Object.prototype.toString.call(file), '[object File]');
assert.strictEqual(util.inspect(file), "File { size: 2, type: 't', name: 'n.txt', lastModified: 5 }");

assert.strictEqual(new File([], 'n', { lastModified: '12' }).lastModified, 12);
assert.strictEqual(new File([], 'n', { lastModified: new Date(7) }).lastModified, 7);
assert.strictEqual(new File([], 'n', { lastModified: 'x' }).lastModified, 0);
const before = Date.now();
const now = new File([], 'n').lastModified;
assert.ok(now >= before && now <= Date.now());
assert.strictEqual(new File([], { toString() { return 'q'; } }).name, 'q');

assert.throws(() => new File([]), {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.throws(() => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type File',
});

file.text().then(common.mustCall((text) => assert.strictEqual(text, 'ab')));
file.slice(1).text().then(common.mustCall((text) => assert.strictEqual(text, 'b')));
assert.ok(!(file.slice(1) instanceof File));
