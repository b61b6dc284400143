'use strict';
// Columns in stack traces are V8's: a call at the callee's last name
// (`c` in `a.b.c()`), a `new` expression at `new`, a getter at the
// property's name; in ES modules they count the source's characters, not
// those of the code the module became. Node's source line and caret over an
// uncaught error point at the same place: at the `throw` for a synchronous
// throw, where the error was made for a rejection.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

function where() {
  const frame = new Error().stack.split('\n')[2];
  return /:(\d+:\d+)\)?$/.exec(frame)[1];
}
class Thrower { constructor() { this.at = where(); } }
const o = { where, get getter() { return where(); }, nested: { where } };

// (the line numbers are this file's own)
const got = [where(), o.where(), o.nested.where(), o?.where(), new Thrower().at, new   Thrower ().at, o.getter, o['where'](), (0, o.where)()];
assert.deepStrictEqual(got, [
  '21:14', '21:25', '21:43', '21:55', '17:43', '17:43', '18:42', '21:123', '21:139',
]);

// The top frame of an error points at `new`.
const err = new Error('x'); const top = err.stack.split('\n')[1];
assert.match(top, /test-error-stack-columns\.js:27:13\)$/);

(async () => {
  const fixtures = path.join(__dirname, '..', 'fixtures', 'esm', 'columns');
  const { places, late } = await import(path.join(fixtures, 'frames.mjs'));
  assert.deepStrictEqual(places, ['6:13', '6:25', '7:29', '7:12', '7:34']);
  assert.match(late().stack.split('\n')[1], /frames\.mjs:8:33\)$/);

  // The source line and caret over an uncaught error.
  const run = (args) => spawnSync(process.execPath, args, { encoding: 'utf8' }).stderr;
  assert.ok(run(['-e', 'function f() {\n  throw new Error("sync");\n}\nf();'])
    .startsWith('[eval]:2\n  throw new Error("sync");\n  ^\n'));
  assert.ok(run(['-e', 'Promise.reject(new Error("rejected"));'])
    .startsWith('[eval]:1\nPromise.reject(new Error("rejected"));\n               ^\n'));
  assert.ok(run(['--input-type=module', '-e', 'const x = 1;\nthrow new Error("module");'])
    .includes(':2\nthrow new Error("module");\n      ^\n'));
})().then(common.mustCall());
