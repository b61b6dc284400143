'use strict';
// An absolute path is loaded as is (with the usual extension search), and
// shares its cache entry with relative spellings of the same file.
const { fixtures } = require('../common');
const assert = require('assert');
const path = require('path');

const abs = fixtures.path('module', 'relative', 'sibling.js');
assert(path.isAbsolute(abs));

const byAbs = require(abs);
assert.deepStrictEqual(byAbs, { name: 'sibling' });
assert.strictEqual(require(abs.slice(0, -'.js'.length)), byAbs);
assert.strictEqual(require('../fixtures/module/relative/sibling'), byAbs);
assert.strictEqual(require.resolve(abs), abs);
// A non-normalized absolute path names the same file.
const messy = fixtures.path('module', 'relative') + '/sub/./../sibling.js';
assert.strictEqual(require(messy), byAbs);
