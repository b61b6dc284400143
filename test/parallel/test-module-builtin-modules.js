'use strict';
// require('module').builtinModules lists the built-in module names: bare for
// the ones that can be required without a prefix, with 'node:' for the
// prefix-only ones, and without internals or duplicates.
require('../common');
const assert = require('assert');
const Module = require('module');

const { builtinModules } = Module;
assert(Array.isArray(builtinModules));
// The modules kiln implements so far; the list grows with them (docs/compat.md).
for (const name of ['assert', 'assert/strict', 'console', 'events', 'module', 'path',
                    'timers', 'util']) {
  assert(builtinModules.includes(name), name);
}
assert(!builtinModules.includes('test'));
assert(!builtinModules.includes('node:path'));
assert(!builtinModules.some((name) => name.startsWith('internal/')));
assert.strictEqual(new Set(builtinModules).size, builtinModules.length);
for (const name of builtinModules) {
  assert.strictEqual(typeof name, 'string');
  assert(Module.isBuiltin(name), name);
}
