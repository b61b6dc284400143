'use strict';
// assert.ok() in an ES module quotes the failing call as written, though
// the module runs transpiled: imported bindings, import.meta and export
// shift the columns the engine reports (issue 5).
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const head = 'The expression evaluated to a falsy value:\n\n  ';
const source = [
  "import assert, { ok, strict } from 'assert';",
  "import * as ns from 'assert';",
  'const out = [];',
  'const t = (f) => { try { f(); out.push(null); } catch (e) { out.push(e.message); } };',
  't(() => ok(0 === 2)); t(() => assert(false, undefined)); t(() => ns.ok(null));',
  't(() => ok.call(null, 0)); t(() => strict.ok(typeof 1 === "string"));',
  'export const y = 1; t(() => { const z = import.meta.url; ok(z === y); });',
  't(() => assert.ok(ns.ok === 2, undefined));',
  'const o = { default: ok }; t(() => o.default(1 === 3));',
  'export default function f() { t(() => ok(typeof f === "string")); } f();',
  'export { t as check }; t(() => assert.ok(`${ok.name}` === 1));',
  'console.log(JSON.stringify(out));',
].join('\n');

function run(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return JSON.parse(r.stdout);
}

const expected = [
  'ok(0 === 2)', 'assert(false, undefined)', 'ns.ok(null)', 'ok.call(null, 0)',
  'strict.ok(typeof 1 === "string")', 'ok(z === y)', 'assert.ok(ns.ok === 2, undefined)',
  '(1 === 3)', 'ok(typeof f === "string")', 'assert.ok(`${ok.name}` === 1)',
].map((code) => `${head}${code}\n`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-assert-esm-'));
try {
  const file = path.join(dir, 'm.mjs');
  fs.writeFileSync(file, source);
  assert.deepStrictEqual(run([file]), expected);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
assert.deepStrictEqual(run(['--input-type', 'module', '--eval', source]), expected);

// An uncaught failure prints the same first line from CommonJS and ESM.
const lines = ['commonjs', 'module'].map((type) => {
  const header = type === 'module' ? "import assert from 'assert';" : "const assert = require('assert');";
  const r = spawnSync(process.execPath, ['--input-type', type, '--eval', `${header}\nassert.ok(0 === 2);\n`],
                      { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  return r.stderr.split('\n').find((s) => s.startsWith('AssertionError'));
});
assert.strictEqual(lines[0], 'AssertionError [ERR_ASSERTION]: The expression evaluated to a falsy value:');
assert.strictEqual(lines[1], lines[0]);
