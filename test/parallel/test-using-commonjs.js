'use strict';
// `using` in CommonJS modules: allowed at the module's top level (the
// module is a function body) and disposed when the module's code has run;
// require() and import() work in such a module; an error or a syntax error
// in it is reported at its own line.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'using-cjs-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
const run = (name) => spawnSync(process.execPath, [path.join(dir, name)], { encoding: 'utf8' });

write('dep.js', `
using r = { [Symbol.dispose]() { console.log('dispose dep'); } };
module.exports = { value: 42 };
console.log('dep body');
// a comment on the last line`);
write('esm.mjs', 'export const fromEsm = "esm";\n');
write('main.js', `'use strict';
const { value } = require('./dep.js');
console.log('main', value);
using r = { [Symbol.dispose]() { console.log('dispose main'); } };
import('./esm.mjs').then((ns) => console.log(ns.fromEsm));
console.log('main end');
`);
let r = run('main.js');
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.stdout.trim().split('\n'),
                       ['dep body', 'dispose dep', 'main 42', 'main end', 'dispose main', 'esm']);

write('error.js', `'use strict';
using r = null;
function f() {
  throw new Error('at line 4');
}
f();
`);
r = run('error.js');
assert.match(r.stderr, /error\.js:4/);
assert.match(r.stderr, /Error: at line 4/);

write('syntax.js', `'use strict';
using ok = null;
{
  using missing;
}
`);
r = run('syntax.js');
assert.notStrictEqual(r.status, 0);
assert.match(r.stderr, /syntax\.js:4/);
assert.match(r.stderr, /SyntaxError: Missing initializer in using declaration/);

// Some other syntax error in a file with `using`: the engine's report.
write('other.js', `'use strict';
using ok = null;
let a = ;
`);
r = run('other.js');
assert.notStrictEqual(r.status, 0);
assert.match(r.stderr, /other\.js:3/);
assert.match(r.stderr, /SyntaxError/);

// A .js file outside any package with top-level `await using` is an ES
// module (Node's syntax detection of top-level await).
write('detect.js', `await using r = { async [Symbol.asyncDispose]() { console.log('dispose detect'); } };
console.log(typeof require);
`);
r = run('detect.js');
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.stdout.trim().split('\n'), ['undefined', 'dispose detect']);

// In a CommonJS module, `await using` outside an async function is an error.
write('await.cjs', 'await using r = null;\n');
r = run('await.cjs');
assert.match(r.stderr, /SyntaxError: await is only valid in async functions and the top level bodies of modules/);
