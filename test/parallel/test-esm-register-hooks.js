'use strict';
// module.registerHooks(): a load hook that gives format 'module' makes
// require() run the source as an ES module (Node 24's require() of ES
// modules).
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');
const { registerHooks } = require('module');

const virtual = path.join(__dirname, 'virtual-esm-for-hooks.js');
const url = pathToFileURL(virtual).href;
const hooks = registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'virtual:esm') return { url, shortCircuit: true };
    return nextResolve(specifier, context);
  },
  load(u, context, nextLoad) {
    if (u === url) {
      return { format: 'module', source: 'export const x = 1;\nexport default import.meta.url;\n', shortCircuit: true };
    }
    return nextLoad(u, context);
  },
});
const m = require('virtual:esm');
assert.deepStrictEqual(Object.keys(m), ['__esModule', 'default', 'x']);
assert.strictEqual(m.x, 1);
assert.strictEqual(m.default, url);
assert.strictEqual(m.__esModule, true);
hooks.deregister();
