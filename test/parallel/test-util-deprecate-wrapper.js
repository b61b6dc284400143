'use strict';
// util.deprecate(fn, msg, code, options): the code is validated, and the
// wrapper copies fn's length and prototype chain unless
// options.modifyPrototype is false. It warns once per code.
require('../common');
const assert = require('assert');
const util = require('util');

function foo(a, b) { return a + b; }
foo.prototype.x = 1;

const d = util.deprecate(foo, 'foo is old', 'DEP_KILN_1');
assert.strictEqual(d.name, 'deprecated');
assert.strictEqual(d.length, 2);
assert.strictEqual(Object.getPrototypeOf(d), foo);
assert.strictEqual(d.prototype, foo.prototype);
assert.deepStrictEqual(Object.getOwnPropertyNames(d).sort(), ['length', 'name', 'prototype']);
assert.ok(new d() instanceof foo);

const plain = util.deprecate(foo, 'm', undefined, { modifyPrototype: false });
assert.strictEqual(Object.getPrototypeOf(plain), Function.prototype);
assert.notStrictEqual(plain.prototype, foo.prototype);
assert.strictEqual(plain.length, 0);
// Options that are not an object are destructured as such: no error.
assert.strictEqual(util.deprecate(foo, 'm', undefined, 5).length, 2);
assert.throws(() => util.deprecate(foo, 'm', undefined, null), TypeError);
assert.strictEqual(util.deprecate.length, 3);

for (const code of [1, true, false, null, {}]) {
  assert.throws(() => util.deprecate(foo, 'm', code), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "code" argument must be of type string\. Received /,
  });
}

let warnings = 0;
process.on('warning', (w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP_KILN_1');
  warnings++;
});
assert.strictEqual(d(1, 2), 3);
assert.strictEqual(d(2, 2), 4);
// Another wrapper with the same code does not warn again.
util.deprecate(() => 0, 'again', 'DEP_KILN_1')();
process.on('exit', () => assert.strictEqual(warnings, 1));
