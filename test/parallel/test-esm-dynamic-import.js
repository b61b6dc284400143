'use strict';
// import() from CommonJS files, -e code and ES modules resolves relative
// to the file that calls it, never runs the module before import() has
// returned, and gives the same namespace for the same module.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

const log = [];
globalThis.dynamicImportLog = log;
const p = import('../fixtures/esm/interop/esm-plain.mjs');
assert.ok(p instanceof Promise);
p.then(common.mustCall(async (ns) => {
  assert.strictEqual(ns.answer, 42);
  assert.strictEqual(await import(path.join(fixtures, 'interop', 'esm-plain.mjs')), ns);
  // From a module: relative to that module.
  const { tryImport } = await import('../fixtures/esm/pkg/try.js');
  const other = await tryImport('./other.js');
  assert.strictEqual(other.other, 'other');
  // A specifier that is not a string is made one; a bad options argument
  // rejects.
  await assert.rejects(import({ toString() { return 'no-such-package-anywhere'; } }), { code: 'ERR_MODULE_NOT_FOUND' });
  await assert.rejects(import('fs', 5), TypeError);
}));

// The module has not run yet when import() returns.
import('data:text/javascript,globalThis.dynamicImportLog.push("ran")').then(common.mustCall(() => {
  assert.deepStrictEqual(log, ['sync', 'ran']);
}));
log.push('sync');

{
  const r = spawnSync(process.execPath, ['-e', 'import("./interop/esm-plain.mjs").then((ns) => console.log(ns.answer))'],
                      { cwd: fixtures, encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '42\n');
}
