'use strict';
// CommonJS imported by ES modules: default is module.exports, named
// exports are the names found in the source (following reexports), plus
// 'module.exports'; the module runs once, shared with require().
const common = require('../common');
const assert = require('assert');
const path = require('path');

const interop = path.join(__dirname, '..', 'fixtures', 'esm', 'interop');

(async () => {
  const ns = await import(path.join(interop, 'cjs.cjs'));
  const exports = require(path.join(interop, 'cjs.cjs'));
  assert.deepStrictEqual(Object.keys(ns), ['default', 'module.exports', 'named', 'other', 'third']);
  assert.strictEqual(ns.default, exports);
  assert.strictEqual(ns['module.exports'], exports);
  assert.strictEqual(ns.named, 'n');
  assert.strictEqual(ns.third, 3);

  const re = await import(path.join(interop, 'reexport.cjs'));
  assert.deepStrictEqual(Object.keys(re), ['default', 'module.exports', 'named', 'other', 'third']);
  assert.strictEqual(re.named, 'n');

  const fn = await import(path.join(interop, 'fn.cjs'));
  assert.strictEqual(fn.default(), 'called');
  assert.strictEqual(fn.prop, 'p');
})().then(common.mustCall());
