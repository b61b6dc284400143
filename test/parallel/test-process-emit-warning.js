'use strict';
// process.emitWarning(warning[, type[, code]]) emits 'warning' on a later
// tick with an Error whose name is the type (default 'Warning').
const common = require('../common');
const assert = require('assert');

const seen = [];
let sync = true;
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(sync, false);
  assert(w instanceof Error);
  seen.push(w);
}, 3));
process.emitWarning('plain');
process.emitWarning('typed', 'MyWarning');
process.emitWarning('coded', 'MyWarning', 'MY_CODE');
sync = false;

setImmediate(common.mustCall(() => {
  const [a, b, c] = seen;
  assert.strictEqual(a.name, 'Warning');
  assert.strictEqual(a.message, 'plain');
  assert.strictEqual(a.code, undefined);
  assert.strictEqual(b.name, 'MyWarning');
  assert.strictEqual(b.message, 'typed');
  assert.strictEqual(b.code, undefined);
  assert.strictEqual(c.name, 'MyWarning');
  assert.strictEqual(c.message, 'coded');
  assert.strictEqual(c.code, 'MY_CODE');
  assert.match(c.stack, /^MyWarning: coded\n/);
}));
