'use strict';
// ES modules run depth-first, post-order, each once; cycles see each
// other's hoisted functions and throw a ReferenceError for bindings still
// in their temporal dead zone; top-level await lets siblings run while a
// module waits, and a module waits for its async dependencies. The entry
// runs in a promise job, so its promise reactions come before its ticks.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
function run(file) {
  const r = spawnSync(process.execPath, [path.join(fixtures, file)], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '', r.stderr);
  assert.strictEqual(r.status, 0);
  return r.stdout.trim().split('\n');
}

assert.deepStrictEqual(run('order/main.mjs'), ['d', 'b', 'c', 'a', 'main', 'promise', 'tick']);
assert.deepStrictEqual(run('cycle/main.mjs'), ['B a', 'B late ReferenceError', 'A b', 'main']);
assert.deepStrictEqual(run('tla/main.mjs'),
                       ['a start', 'b', 'd start', 'd end', 'c', 'a end', 'main']);
