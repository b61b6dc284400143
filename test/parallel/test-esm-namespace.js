'use strict';
// Module namespace objects: no prototype, the export names sorted, a
// hidden @@toStringTag of 'Module', not extensible, read-only; live
// bindings; `export *` leaves out 'default' and names two modules both
// export, and importing such a name, or one nobody exports, is a
// SyntaxError at link time.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { types } = require('util');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm', 'stars');

(async () => {
  const both = await import(path.join(fixtures, 'both.mjs'));
  assert.strictEqual(Object.getPrototypeOf(both), null);
  assert.deepStrictEqual(Object.keys(both), ['only1', 'own', 'x', 'y']);
  assert.strictEqual(both[Symbol.toStringTag], 'Module');
  assert.strictEqual(Object.prototype.toString.call(both), '[object Module]');
  assert.strictEqual(Object.isExtensible(both), false);
  assert.strictEqual(types.isModuleNamespaceObject(both), true);
  assert.strictEqual('shared' in both, false);
  assert.strictEqual('default' in both, false);
  assert.throws(() => { both.x = 1; }, TypeError);
  assert.throws(() => { both.added = 1; }, TypeError);
  assert.throws(() => { delete both.x; }, TypeError);
  assert.strictEqual(both.x, 'x1');
  assert.strictEqual(Object.getOwnPropertyDescriptor(both, 'x').enumerable, true);
  assert.strictEqual(Object.getOwnPropertyDescriptor(both, 'x').configurable, false);

  // The same binding reached through two stars is not ambiguous.
  const same = await import(path.join(fixtures, 'same.mjs'));
  assert.deepStrictEqual(Object.keys(same), ['x']);
  assert.strictEqual(same.x, 'x1');

  const re = await import(path.join(fixtures, 'reexport.mjs'));
  assert.deepStrictEqual(Object.keys(re), ['nsOne', 'renamed']);
  assert.strictEqual(re.nsOne, await import(path.join(fixtures, 'one.mjs')));
  assert.strictEqual(re.renamed, 'y2');

  const live = await import(path.join(fixtures, 'live.mjs'));
  assert.strictEqual(live.count, 0);
  live.inc();
  live.inc();
  assert.strictEqual(live.count, 2);

  await assert.rejects(import(path.join(fixtures, 'ambiguous.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './both.mjs' contains conflicting star exports for name 'shared'",
  });
  await assert.rejects(import(path.join(fixtures, 'missing.mjs')), {
    name: 'SyntaxError',
    message: "The requested module './one.mjs' does not provide an export named 'nothere'",
  });
  // The same namespace object every time.
  assert.strictEqual(await import(path.join(fixtures, 'both.mjs')), both);
})().then(common.mustCall());
