'use strict';
// `using` in ES modules: in blocks and functions as in scripts, and at the
// module's top level, where the resources are disposed after the module
// body ran (before the modules that import it run), with an error from the
// body chained as in a block. Top-level `await using` makes the module
// asynchronous. A syntax error in such a module points at its own line.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'using-esm-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const run = (name) => spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });

write('dep.mjs', `
const res = (name) => ({ [Symbol.dispose]() { console.log('dispose', name); } });
using a = res('dep a');
using b = res('dep b');
export const value = a === undefined ? 0 : 1;
console.log('dep body');
`);
write('main.mjs', `
import { value } from './dep.mjs';
console.log('main', value);
function f() {
  using r = { [Symbol.dispose]() { console.log('dispose f'); } };
  return 'f';
}
console.log(f());
await using t = { async [Symbol.asyncDispose]() { console.log('dispose top'); } };
{
  using inner = { [Symbol.dispose]() { console.log('dispose inner'); } };
}
console.log('main end');
`);
let r = run('main.mjs');
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 0);
assert.deepStrictEqual(r.stdout.trim().split('\n'), [
  'dep body', 'dispose dep b', 'dispose dep a', 'main 1', 'dispose f', 'f', 'dispose inner', 'main end',
  'dispose top',
]);

write('throws.mjs', `
using a = { [Symbol.dispose]() { throw new Error('from dispose'); } };
process.on('uncaughtException', (e) => {
  console.log(e.name, e.error.message, e.suppressed.message);
});
throw new Error('from body');
`);
r = run('throws.mjs');
assert.strictEqual(r.stdout.trim(), 'SuppressedError from dispose from body');

write('syntax.mjs', 'const ok = 1;\n{\n  using x;\n}\n');
r = run('syntax.mjs');
assert.notStrictEqual(r.status, 0);
assert.match(r.stderr, /syntax\.mjs:3\n/);
assert.match(r.stderr, /SyntaxError: Missing initializer in using declaration/);

write('runtime.mjs', 'const line1 = 1;\n{\n  using x = null;\n  null.boom;\n}\n');
r = run('runtime.mjs');
assert.match(r.stderr, /runtime\.mjs:4/);
assert.match(r.stderr, /TypeError/);
