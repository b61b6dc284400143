'use strict';
// Error.captureStackTrace(obj, fn) leaves out fn's frame and every frame
// above it; a fn that is not on the stack leaves no frames.
const assert = require('assert');

function outer() {
  return middle();
}
function middle() {
  return inner();
}
function inner() {
  const withAll = {};
  Error.captureStackTrace(withAll);
  const fromOuter = {};
  Error.captureStackTrace(fromOuter, middle);
  return { withAll: withAll.stack, fromOuter: fromOuter.stack };
}

const { withAll, fromOuter } = outer();
const all = withAll.split('\n');
assert.match(all[1], /^ {4}at inner /);
assert.match(all[2], /^ {4}at middle /);
assert.match(all[3], /^ {4}at outer /);

const cut = fromOuter.split('\n');
assert.strictEqual(cut[0], 'Error');
assert.match(cut[1], /^ {4}at outer /);
assert(!fromOuter.includes('inner'), fromOuter);
assert(!fromOuter.includes('middle'), fromOuter);

function notOnStack() {}
const none = {};
Error.captureStackTrace(none, notOnStack);
assert.strictEqual(none.stack, 'Error');
