'use strict';
// An "exports" target must be a string starting with './' that stays inside
// the package and does not go through node_modules; otherwise require()
// throws ERR_INVALID_PACKAGE_TARGET.
const { fixtures } = require('../common');
const assert = require('assert');

const load = require(fixtures.path('module', 'exp', 'load.js'));
const pkg = fixtures.path('module', 'exp', 'node_modules', 'badtargets');
const config = `${pkg}/package.json`;

function expectInvalid(key, target, mustStartWithDotSlash) {
  assert.throws(() => load(`badtargets/${key}`), (err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_PACKAGE_TARGET');
    assert.strictEqual(err.message,
                       `Invalid "exports" target ${JSON.stringify(target)} defined for ` +
                       `'./${key}' in the package config ${config}` +
                       (mustStartWithDotSlash ? '; targets must start with "./"' : ''));
    return true;
  });
}

expectInvalid('no-dot-slash', 'lib/file.js', true);
expectInvalid('parent', '../outside.js', true);
expectInvalid('absolute', '/lib/file.js', true);
expectInvalid('url', 'file:///lib/file.js', true);
expectInvalid('number', '42', true);
expectInvalid('dot-parent', './lib/../lib/file.js', false);
expectInvalid('node-modules', './node_modules/dep/index.js', false);

assert.deepStrictEqual(load('badtargets/ok'), { from: 'badtargets/lib/file.js' });
