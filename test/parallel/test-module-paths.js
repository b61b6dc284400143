'use strict';
// module.paths lists the node_modules directories searched for bare
// specifiers: one per ancestor directory, nearest first, ending at the root.
// A directory already named node_modules does not get node_modules appended.
const { fixtures } = require('../common');
const assert = require('assert');
const path = require('path');

function expectedPaths(dir) {
  const out = [];
  for (;;) {
    if (path.basename(dir) !== 'node_modules') out.push(path.join(dir, 'node_modules'));
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

assert(Array.isArray(module.paths));
assert.deepStrictEqual(module.paths, expectedPaths(__dirname));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.paths[module.paths.length - 1], '/node_modules');

const nm = fixtures.path('module', 'nm');
const user = require(`${nm}/a/b/c/user.js`);
assert.deepStrictEqual(user.paths, expectedPaths(`${nm}/a/b/c`));
assert.strictEqual(user.paths[0], `${nm}/a/b/c/node_modules`);

// Inside node_modules: no '.../node_modules/node_modules' entry.
assert.deepStrictEqual(user.pkga.paths.slice(0, 3), [
  `${nm}/node_modules/pkga/node_modules`,
  `${nm}/node_modules`,
  `${fixtures.path('module')}/node_modules`,
]);
assert.deepStrictEqual(user.pkga.paths, expectedPaths(`${nm}/node_modules/pkga`));
assert(!user.pkga.paths.includes(`${nm}/node_modules/node_modules`));
