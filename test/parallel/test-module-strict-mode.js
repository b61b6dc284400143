'use strict';
// Each module is its own strict-mode unit: 'use strict' at the top of one
// file does not make the files it requires strict, and vice versa.
const { fixtures } = require('../common');
const assert = require('assert');

assert.strictEqual((function() { return this; })(), undefined);

const dir = fixtures.path('module', 'strict');
const strict = require(`${dir}/strict.js`);
assert.strictEqual(strict.thisInFunction, undefined);

// sloppy.js was required from the strict module and is still sloppy.
assert.strictEqual(strict.sloppy.thisInFunction, globalThis);
assert.strictEqual(strict.sloppy.implicitGlobalAllowed, true);
assert.strictEqual('kilnFixtureImplicitGlobal' in globalThis, false);
