'use strict';
// AbortSignal.timeout(ms) aborts after ms with a DOMException TimeoutError.
const assert = require('assert');
const common = require('../common');

const start = Date.now();
const s = AbortSignal.timeout(20);
assert.strictEqual(s.aborted, false);
// Keeps the process alive for the test's sake: the timeout itself does not.
const keep = setTimeout(() => {}, 10000);
s.addEventListener('abort', common.mustCall((e) => {
  clearTimeout(keep);
  assert.strictEqual(e.isTrusted, true);
  assert.strictEqual(s.aborted, true);
  assert(s.reason instanceof DOMException);
  assert.strictEqual(s.reason.name, 'TimeoutError');
  assert.strictEqual(s.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(s.reason.code, 23);
  assert(Date.now() - start >= 15);
}));

AbortSignal.timeout(0);
assert.strictEqual(AbortSignal.timeout(2 ** 31 - 1).aborted, false);

assert.throws(() => AbortSignal.timeout(), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received undefined',
});
assert.throws(() => AbortSignal.timeout('1'), { code: 'ERR_INVALID_ARG_TYPE' });
for (const bad of [-1, 1.5, 2 ** 32, NaN, Infinity]) {
  assert.throws(() => AbortSignal.timeout(bad), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' }, String(bad));
}
assert.throws(() => AbortSignal.timeout(-1), {
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
