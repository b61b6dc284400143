'use strict';
// --expose-gc gives a global gc(): a full collection now, or with
// { execution: 'async' } a promise settled after one. Without the flag
// there is none.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(args, code) {
  const r = spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

assert.strictEqual(run([], 'console.log(typeof gc)'), 'undefined\n');
for (const flag of ['--expose-gc', '--expose_gc']) {
  assert.strictEqual(run([flag], `
    const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
    console.log(typeof gc, gc.name, gc.length, d.writable, d.enumerable, d.configurable, gc(), gc({ type: 'minor' }));
    const p = gc({ execution: 'async' });
    console.log(p instanceof Promise);
    p.then((v) => console.log('settled', v));
  `), 'function gc 0 true true false undefined undefined\ntrue\nsettled undefined\n');
}
setImmediate(common.mustCall());
