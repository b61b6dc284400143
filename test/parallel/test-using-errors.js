'use strict';
// Errors with `using`: a value that is not an object, or has no callable
// [Symbol.dispose], throws a TypeError at the declaration (after which the
// resources already declared are disposed); an error from disposal after
// an earlier error becomes a SuppressedError whose `error` is the new one
// and `suppressed` the earlier, chained in disposal order.
require('../common');
const assert = require('assert');

assert.throws(() => { using x = 1; }, {
  name: 'TypeError', message: 'An object is expected with `using` declarations',
});
assert.throws(() => { using x = 'str'; }, { name: 'TypeError' });
assert.throws(() => { using x = {}; }, {
  name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function',
});
assert.throws(() => { using x = { [Symbol.dispose]: 1 }; }, {
  name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function',
});
// Only Symbol.asyncDispose is no good for a sync `using`.
assert.throws(() => { using x = { [Symbol.asyncDispose]() {} }; }, {
  name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function',
});

// The earlier resources are disposed when a later declaration throws.
const log = [];
assert.throws(() => {
  using a = { [Symbol.dispose]() { log.push('a'); } };
  using b = 5;
}, TypeError);
assert.deepStrictEqual(log.splice(0), ['a']);

// One failing disposal after a normal completion: that error itself.
const bad = (msg) => ({ [Symbol.dispose]() { log.push(msg); throw new Error(msg); } });
assert.throws(() => {
  using a = bad('d1');
  return 1;
}, { name: 'Error', message: 'd1' });
log.splice(0);

// After the body threw: SuppressedError(disposal error, body error).
let caught;
try {
  using a = bad('d1');
  throw new Error('body');
} catch (e) {
  caught = e;
}
assert.ok(caught instanceof SuppressedError);
assert.strictEqual(caught.message, 'An error was suppressed during disposal');
assert.strictEqual(caught.error.message, 'd1');
assert.strictEqual(caught.suppressed.message, 'body');
log.splice(0);

// Chains: every resource is disposed even when some throw; the last
// error is outermost.
try {
  using a = bad('first declared');
  using b = { [Symbol.dispose]() { log.push('ok'); } };
  using c = bad('last declared');
  throw new Error('body');
} catch (e) {
  caught = e;
}
assert.deepStrictEqual(log.splice(0), ['last declared', 'ok', 'first declared']);
assert.strictEqual(caught.name, 'SuppressedError');
assert.strictEqual(caught.error.message, 'first declared');
assert.strictEqual(caught.suppressed.name, 'SuppressedError');
assert.strictEqual(caught.suppressed.error.message, 'last declared');
assert.strictEqual(caught.suppressed.suppressed.message, 'body');

// Two failing disposals without a body error.
try {
  using a = bad('a');
  using b = bad('b');
} catch (e) {
  caught = e;
}
assert.strictEqual(caught.name, 'SuppressedError');
assert.strictEqual(caught.error.message, 'a');
assert.strictEqual(caught.suppressed.message, 'b');
log.splice(0);

// A thrown non-error value is kept as is.
try {
  using a = { [Symbol.dispose]() { throw 7; } };
  throw 'body';
} catch (e) {
  caught = e;
}
assert.strictEqual(caught.error, 7);
assert.strictEqual(caught.suppressed, 'body');

// A using binding is constant.
assert.throws(() => {
  using x = null;
  // eslint-disable-next-line no-const-assign
  x = 1;
}, TypeError);
