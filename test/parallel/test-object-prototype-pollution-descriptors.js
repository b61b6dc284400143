'use strict';
// A program that puts `get` (or `set`) on Object.prototype must not break
// errors, their stacks, console output or process's lazy properties: the
// runtime's property descriptors have no prototype.
require('../common');
const assert = require('assert');

Object.defineProperty(Object.prototype, 'get', {
  value() { throw new Error('polluted get called'); }, configurable: true, writable: true,
});
try {
  const err = new Error('x');
  assert.match(err.stack, /^Error: x\n/);
  assert.throws(() => require('fs').readFileSync(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
  const e = (() => { try { null.x; } catch (caught) { return caught; } })();
  assert.ok(e instanceof TypeError);
  assert.strictEqual(typeof process.report, 'object');
  assert.strictEqual(typeof process.stdout.write, 'function');
  console.log('still printing');
  assert.throws(() => assert.fail('boom'), { code: 'ERR_ASSERTION', message: 'boom' });
} finally {
  delete Object.prototype.get;
}
