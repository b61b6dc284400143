'use strict';
// How an ES module entry runs and fails: .mjs files, .js files of
// "type": "module" packages, -e/stdin code with --input-type=module or with
// module syntax; uncaught errors and syntax errors shown with the module's
// file: URL, as Node shows them, and exit code 1.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const run = (args, options) => spawnSync(process.execPath, args, { encoding: 'utf8', ...options });

{
  const file = path.join(fixtures, 'errors', 'throws.mjs');
  const r = run([file]);
  assert.strictEqual(r.status, 1);
  assert.strictEqual(r.stdout, 'out\n');
  assert.ok(r.stderr.startsWith(`${pathToFileURL(file).href}:2\nthrow new Error('boom');\n`), r.stderr);
  assert.match(r.stderr, /\n\nError: boom\n {4}at .*throws\.mjs:2:\d+/);
}
{
  const file = path.join(fixtures, 'errors', 'syntax.mjs');
  const r = run([file]);
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.startsWith(`${pathToFileURL(file).href}:2\nlet x = {;\n`), r.stderr);
  assert.match(r.stderr, /\n\nSyntaxError: Unexpected token ';'/);
}
{
  const r = run([path.join(fixtures, 'errors', 'notfound.mjs')]);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*nope\.js' imported from .*notfound\.mjs/);
}
{
  const r = run([path.join(fixtures, 'errors', 'handled.mjs')]);
  assert.strictEqual(r.status, 0);
  assert.strictEqual(r.stdout, 'caught handled\n');
}
{
  // "type": "module" makes a .js entry (and an extensionless one) a module.
  const r = run([path.join(fixtures, 'pkg', 'main.js')]);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'self,other,internal,esm,p1,esm,sub,f1,true,legacy,1\n');
}
{
  const r = run(['--input-type=module', '-e', 'console.log(import.meta.url, typeof require, this)']);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, `${pathToFileURL(process.cwd()).href}/[eval1] undefined undefined\n`);
}
{
  const r = run(['-e', 'import { sep } from "path";\nconsole.log(sep, typeof require);']);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '/ undefined\n');
}
{
  const r = run(['--input-type=module'], { input: 'const x = await Promise.resolve(5);\nconsole.log(x);\n' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, '5\n');
}
{
  const r = run(['--input-type=module', '-p', '1']);
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /ERR_EVAL_ESM_CANNOT_PRINT/);
}
{
  // A .js file outside a "type" package with module syntax is a module.
  const r = run([path.join(fixtures, 'detect', 'tla.js')]);
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'tla-detected\n');
}
