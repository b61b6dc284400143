'use strict';
// The nextTick queue keeps order while it grows during a drain, passes any
// number of arguments, calls with `this` undefined, and keeps going after a
// callback that throws (reported as uncaughtException).
const assert = require('assert');

const seen = [];
let chained = 0;
function chain() {
  if (++chained < 5000) process.nextTick(chain);
}
process.nextTick(chain);

for (let i = 0; i < 3000; i++) {
  process.nextTick((n) => {
    seen.push(n);
    // Ticks queued while draining run after those already queued.
    if (n % 1000 === 0) process.nextTick(() => seen.push(`late${n}`));
  }, i);
}
process.nextTick(function() {
  'use strict';
  seen.push(this === undefined ? 'this-undefined' : 'this-set');
});
process.nextTick((...args) => seen.push(args.join(',')), 1, 2, 3, 4, 5);
process.nextTick(() => { throw new Error('boom'); });
process.nextTick(() => seen.push('after-throw'));

let caught;
process.on('uncaughtException', (err) => { caught = err.message; });

setImmediate(() => {
  assert.strictEqual(chained, 5000);
  for (let i = 0; i < 3000; i++) assert.strictEqual(seen[i], i);
  assert.deepStrictEqual(seen.slice(3000), [
    'this-undefined', '1,2,3,4,5', 'after-throw', 'late0', 'late1000', 'late2000',
  ]);
  assert.strictEqual(caught, 'boom');
});
