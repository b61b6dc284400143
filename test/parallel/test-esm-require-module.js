'use strict';
// require() of ES modules (Node 24): the namespace, evaluated before
// require() returns, the same object import() gives; a module's
// 'module.exports' export instead when it has one; with a default export,
// the namespace plus __esModule; ERR_REQUIRE_ASYNC_MODULE for a graph with
// top-level await; errors thrown again on the next require().
require('../common');
const assert = require('assert');
const path = require('path');
const common = require('../common');

const interop = path.join(__dirname, '..', 'fixtures', 'esm', 'interop');

const plain = require(path.join(interop, 'esm-plain.mjs'));
assert.strictEqual(plain.answer, 42);
assert.strictEqual(Object.getPrototypeOf(plain), null);
assert.strictEqual(plain[Symbol.toStringTag], 'Module');
assert.deepStrictEqual(Object.keys(plain), ['answer']);

const custom = require(path.join(interop, 'esm-module-exports.mjs'));
assert.deepStrictEqual(custom, { custom: true });

const withDefault = require(path.join(interop, 'esm-default.mjs'));
assert.deepStrictEqual(Object.keys(withDefault), ['__esModule', 'a', 'default']);
assert.strictEqual(withDefault.__esModule, true);
assert.strictEqual(withDefault.default, 'def');
assert.strictEqual(require(path.join(interop, 'esm-default.mjs')), withDefault);

for (const name of ['esm-tla.mjs', 'esm-tla-parent.mjs']) {
  assert.throws(() => require(path.join(interop, name)), (err) => {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ASYNC_MODULE');
    assert.match(err.message, /^require\(\) cannot be used on an ESM graph with top-level await\. Use import\(\) instead\./);
    return true;
  });
}

let first;
assert.throws(() => require(path.join(interop, 'esm-throws.mjs')), (err) => {
  first = err;
  return err.message === 'esm threw';
});
assert.throws(() => require(path.join(interop, 'esm-throws.mjs')), (err) => err === first);

// A .js file with module syntax outside a "type" package.
const detected = require(path.join(interop, '..', 'detect', 'esm-syntax.js'));
assert.strictEqual(detected.fmt, 'function');

import(path.join(interop, 'esm-plain.mjs')).then(common.mustCall((ns) => {
  assert.strictEqual(ns, plain);
}));
