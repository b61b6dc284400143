'use strict';
// module.children lists the modules first required by a module (including
// ones another module had already loaded); module.parent (deprecated) is the
// module that first required it, and null for the entry script.
const { fixtures } = require('../common');
const assert = require('assert');

assert.strictEqual(module.parent, null);
assert(Array.isArray(module.children));
const childrenBefore = module.children.length;

const dir = fixtures.path('module', 'meta');
// Load child.js first, then parent.js, which requires the cached child.js.
const child = require(`${dir}/child.js`);
const parent = require(`${dir}/parent.js`);
assert.strictEqual(parent.child, child);

assert.strictEqual(child.module.parent, module);
assert.strictEqual(parent.module.parent, module);
assert.deepStrictEqual(module.children.slice(childrenBefore), [child.module, parent.module]);
assert.deepStrictEqual(parent.module.children, [child.module]);
assert.deepStrictEqual(child.module.children, []);

// Requiring again does not add a duplicate.
require(`${dir}/child.js`);
assert.strictEqual(module.children.length, childrenBefore + 2);
