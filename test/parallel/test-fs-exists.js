'use strict';
// fs.exists (its callback gets one boolean, never an error), its
// util.promisify form, and existsSync, which is false for bad arguments.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const util = require('util');

fs.exists(__filename, common.mustCall((e) => assert.strictEqual(e, true)));
fs.exists('/definitely/not/here', common.mustCall((e) => assert.strictEqual(e, false)));
// An invalid path is an answer too.
fs.exists('a\u0000b', common.mustCall((e) => assert.strictEqual(e, false)));
fs.exists({}, common.mustCall((e) => assert.strictEqual(e, false)));

assert.throws(() => fs.exists(__filename), { code: 'ERR_INVALID_ARG_TYPE' });

util.promisify(fs.exists)(__filename).then(common.mustCall((e) => assert.strictEqual(e, true)));
util.promisify(fs.exists)('/nope/nope').then(common.mustCall((e) => assert.strictEqual(e, false)));

assert.strictEqual(fs.existsSync(__filename), true);
assert.strictEqual(fs.existsSync(__dirname), true);
assert.strictEqual(fs.existsSync('/definitely/not/here'), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);
assert.strictEqual(fs.existsSync(Buffer.from(__filename)), true);
assert.strictEqual(fs.existsSync(new URL(`file://${__filename}`)), true);

// A wrong type warns once (DEP0187) and answers false.
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'DeprecationWarning');
  assert.strictEqual(w.code, 'DEP0187');
}));
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync(123), false);
