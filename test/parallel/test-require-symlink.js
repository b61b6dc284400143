'use strict';
// Modules reached through symbolic links are identified by their real path:
// __filename, module.id and the cache key are the real path, relative
// requires resolve from the real location, and so do node_modules lookups
// (as for a linked package).
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'symlink');
const realTarget = `${dir}/real/target.js`;

// link.js -> real/target.js
const viaLink = require(`${dir}/link.js`);
assert.strictEqual(viaLink.filename, realTarget);
assert.strictEqual(viaLink.dirname, `${dir}/real`);
assert.strictEqual(viaLink.id, realTarget);
// './sibling' resolved next to the target, not next to the link.
assert.deepStrictEqual(viaLink.sibling, { from: 'symlink/real/sibling.js' });
assert.strictEqual(require.resolve(`${dir}/link.js`), realTarget);
assert.strictEqual(require.resolve(`${dir}/link`), realTarget);
assert.strictEqual(require.cache[`${dir}/link.js`], undefined);
assert.strictEqual(require.cache[realTarget].exports, viaLink);

// linkdir -> real: the same module again.
assert.strictEqual(require(`${dir}/linkdir/target`), viaLink);
assert.strictEqual(require(realTarget), viaLink);

// app/node_modules/linked -> ../../linkedpkg; its 'dep' comes from
// linkedpkg/node_modules, not app/node_modules.
const linked = require(`${dir}/app/main.js`);
assert.strictEqual(linked.filename, `${dir}/linkedpkg/index.js`);
assert.deepStrictEqual(linked.dep, { from: 'symlink/linkedpkg/node_modules/dep' });
