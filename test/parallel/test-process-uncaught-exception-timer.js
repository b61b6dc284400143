'use strict';
// An exception thrown in a timer callback goes to the 'uncaughtException'
// listener as (err, 'uncaughtException'); the process then carries on and
// exits 0.
const common = require('../common');
const assert = require('assert');

const err = new Error('from timer');
process.on('uncaughtException', common.mustCall((e, origin) => {
  assert.strictEqual(e, err);
  assert.strictEqual(origin, 'uncaughtException');
}));
setTimeout(() => { throw err; }, 1);
// Later work still runs.
setTimeout(common.mustCall(), 20);
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
});
