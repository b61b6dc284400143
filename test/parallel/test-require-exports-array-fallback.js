'use strict';
// An array of targets is tried in order: an invalid target, a null, or a
// condition object that matches nothing moves on to the next entry, but a
// valid target whose file is missing does not.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'arrays');
const ok = { from: 'arrays/ok.js' };

assert.deepStrictEqual(load('arrays/invalid-then-valid'), ok);
assert.deepStrictEqual(load('arrays/null-then-valid'), ok);
assert.deepStrictEqual(load('arrays/condition-miss-then-valid'), ok);
assert.deepStrictEqual(load('arrays/first-valid'), { from: 'arrays/first.js' });
assert.strictEqual(load.resolve('arrays/invalid-then-valid'), `${pkg}/ok.js`);

assert.throws(() => load('arrays/missing-then-valid'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert(err.message.startsWith(`Cannot find module '${pkg}/missing.js'`), err.message);
  return true;
});

// When every entry is invalid, the error reports the last one.
assert.throws(() => load('arrays/all-invalid'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: 'Invalid "exports" target "also-not-relative.js" defined for \'./all-invalid\' ' +
           `in the package config ${pkg}/package.json; targets must start with "./"`,
});
