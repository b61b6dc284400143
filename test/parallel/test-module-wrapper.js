'use strict';
// Module code runs inside a function called with five arguments (exports,
// require, module, __filename, __dirname) and `this` set to module.exports.
// Being a function body, it may `return` at top level, and its top-level
// declarations stay local to the module.
const { fixtures } = require('../common');
const assert = require('assert');

assert.strictEqual(arguments.length, 5);
assert.strictEqual(arguments[0], exports);
assert.strictEqual(arguments[1], require);
assert.strictEqual(arguments[2], module);
assert.strictEqual(arguments[3], __filename);
assert.strictEqual(arguments[4], __dirname);
assert.strictEqual(this, module.exports);

const dir = fixtures.path('module', 'wrapper');

assert.deepStrictEqual(require(`${dir}/args.js`), {
  length: 5,
  exportsArg: true,
  requireArg: true,
  moduleArg: true,
  filenameArg: true,
  dirnameArg: true,
  thisIsExports: true,
  thisIsExportsArg: true,
});

// A top-level return ends the module; what was exported so far is kept.
assert.deepStrictEqual(require(`${dir}/early-return.js`), { before: true });

assert.deepStrictEqual(require(`${dir}/scope.js`),
                       { varOnGlobal: false, functionOnGlobal: false, letOnGlobal: false });
assert.strictEqual('kilnFixtureTopLevelVar' in globalThis, false);
