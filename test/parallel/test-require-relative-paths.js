'use strict';
// './x' and '../x' resolve against the directory of the requiring file, not
// the current working directory, and every spelling of a file yields the
// same module object.
require('../common');
const assert = require('assert');

const main = require('../fixtures/module/relative/main');

assert.deepStrictEqual(main.sibling, { name: 'sibling' });
assert.strictEqual(main.siblingWithExt, main.sibling);
assert.strictEqual(main.viaDotDot, main.sibling);
assert.strictEqual(main.child.name, 'child');
// sub/child.js reached the sibling through '../sibling'.
assert.strictEqual(main.child.parent, main.sibling);

// From this file, the same module through a different relative path.
assert.strictEqual(require('../fixtures/module/relative/sibling'), main.sibling);
assert.strictEqual(require('./../fixtures/module/relative/sub/../sibling.js'), main.sibling);
