'use strict';
// A module's top level has no `arguments` (a ReferenceError to read,
// "undefined" to typeof) while its functions keep theirs; and import() in
// code run by a direct eval in CommonJS resolves from the calling file.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'esm-scope');

(async () => {
  const ns = await import(path.join(dir, 'args.mjs'));
  assert.strictEqual(ns.topType, 'undefined');
  assert.strictEqual(ns.arrowType, 'undefined');
  assert.strictEqual(ns.count(1, 2, 3), 3);
  assert.strictEqual(ns.viaArrow('a'), 'a');
  assert.strictEqual(ns.obj.m(1, 2), 2);
  assert.strictEqual(ns.readTop(9)()[0], 9);
  assert.ok(ns.error instanceof ReferenceError);
  assert.match(ns.error.message, /arguments/);

  const cjs = require(path.join(dir, 'eval-import.cjs'));
  assert.strictEqual(await cjs.direct, ns);
  assert.strictEqual((await cjs.nested).join, path.join);
  assert.strictEqual(cjs.notString, 42);
})().then(common.mustCall());
