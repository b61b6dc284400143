'use strict';
// Immediate#ref/#unref toggle hasRef() and return the Immediate; an unref'd
// immediate alone does not keep the process alive.
const assert = require('assert');

const kept = setImmediate(() => {});
assert.strictEqual(kept.hasRef(), true);
assert.strictEqual(kept.unref(), kept);
assert.strictEqual(kept.hasRef(), false);
assert.strictEqual(kept.ref(), kept);
assert.strictEqual(kept.hasRef(), true);
clearImmediate(kept);

let ran = false;
const lone = setImmediate(() => { ran = true; });
lone.unref();
assert.strictEqual(lone.hasRef(), false);

process.on('exit', () => {
  assert.strictEqual(ran, false);
});
