'use strict';
// Smaller parts of the CommonJS loader: the 'process' and 'sys' builtins,
// Module._stat, relative requests with options.paths, a '../' request from a
// module whose directory is gone, and module.parent's pending deprecation.
const { mustCall } = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const Module = require('module');

assert.strictEqual(require('process'), process);
assert.strictEqual(require('node:process'), process);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-loader-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// Module._stat: 0 for a file, 1 for a directory, negative otherwise.
fs.writeFileSync(path.join(dir, 'file.js'), 'module.exports = 42;');
assert.strictEqual(Module._stat(dir), 1);
assert.strictEqual(Module._stat(path.join(dir, 'file.js')), 0);
assert.ok(Module._stat(path.join(dir, 'nope')) < 0);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Module, '_stat').enumerable, false);

// '.', '..', './x' with options.paths resolve against each given directory,
// relative ones against the working directory; non-strings are rejected.
fs.mkdirSync(path.join(dir, 'pkg', 'sub'), { recursive: true });
fs.writeFileSync(path.join(dir, 'pkg', 'index.js'), '');
fs.writeFileSync(path.join(dir, 'pkg', 'sub', 'leaf.js'), '');
const cwd = process.cwd();
process.chdir(path.join(dir, 'pkg', 'sub'));
try {
  const index = fs.realpathSync(path.join(dir, 'pkg', 'index.js'));
  assert.strictEqual(require.resolve('.', { paths: ['..'] }), index);
  assert.strictEqual(require.resolve('.', { paths: ['../'] }), index);
  assert.strictEqual(require.resolve('./index.js', { paths: ['..'] }), index);
  assert.strictEqual(require.resolve('..', { paths: ['.'] }), index);
  assert.strictEqual(require.resolve('./leaf.js', { paths: ['../sub'] }),
                     fs.realpathSync(path.join(dir, 'pkg', 'sub', 'leaf.js')));
} finally {
  process.chdir(cwd);
}
for (const bad of [1, false, null, undefined, {}, () => {}]) {
  assert.throws(() => require.resolve('.', { paths: [bad] }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "paths" argument must be array of strings. Received an instance of Array',
  });
  assert.throws(() => require.resolve('x', { paths: [bad] }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: /^The "paths\[0\]" argument must be of type string/,
  });
}

// A module whose directory was deleted can still require '../x'.
fs.mkdirSync(path.join(dir, 'gone'));
fs.writeFileSync(path.join(dir, 'top.js'), 'exports.hit = 0;');
fs.writeFileSync(path.join(dir, 'gone', 'user.js'), "module.exports = () => ++require('../top.js').hit;");
const user = require(path.join(dir, 'gone', 'user.js'));
fs.rmSync(path.join(dir, 'gone'), { recursive: true });
assert.strictEqual(user(), 1);

// 'sys' is util, with a deprecation warning; module.parent warns only with
// --pending-deprecation (or NODE_PENDING_DEPRECATION=1).
function run(args, env) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  assert.strictEqual(r.status, 0, r.stderr);
  return r;
}
let r = run(['-e', "console.log(require('sys') === require('util'))"]);
assert.strictEqual(r.stdout, 'true\n');
assert.match(r.stderr, /\[DEP0025\] DeprecationWarning: sys is deprecated\. Use util instead\./);
const parentCode = 'console.log(module.parent === undefined ? "u" : String(module.parent)); module.parent = 1;';
fs.writeFileSync(path.join(dir, 'parent.js'), parentCode);
r = run([path.join(dir, 'parent.js')]);
assert.strictEqual(r.stdout, 'null\n');
assert.strictEqual(r.stderr, '');
const dep0144 = /\[DEP0144\] DeprecationWarning: module\.parent is deprecated due to accuracy issues\. Please use require\.main to find program entry point instead\./g;
r = run(['--pending-deprecation', path.join(dir, 'parent.js')]);
assert.strictEqual(r.stderr.match(dep0144).length, 1);
r = run([path.join(dir, 'parent.js')], { NODE_PENDING_DEPRECATION: '1' });
assert.strictEqual(r.stderr.match(dep0144).length, 1);
setImmediate(mustCall());
