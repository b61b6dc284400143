'use strict';
// The timer behind AbortSignal.timeout() is unref'd: a pending timeout
// signal, even one with listeners, does not keep the process alive.
const assert = require('assert');

const start = Date.now();
const s = AbortSignal.timeout(60 * 60 * 1000);
let fired = false;
s.addEventListener('abort', () => { fired = true; });
s.onabort = () => { fired = true; };
AbortSignal.any([s, AbortSignal.timeout(30 * 60 * 1000)]).onabort = () => { fired = true; };

process.on('exit', () => {
  assert.strictEqual(fired, false);
  assert.strictEqual(s.aborted, false);
  assert(Date.now() - start < 10000);
});
