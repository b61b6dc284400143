'use strict';
// assert.CallTracker (deprecated, DEP0173): tracked functions count their
// calls; report() and verify() name the ones called too often or too
// rarely; getCalls() and reset() read and clear a function's record.
require('../common');
const assert = require('assert');

let warnings = 0;
process.on('warning', (w) => {
  assert.strictEqual(w.code, 'DEP0173');
  assert.strictEqual(w.message, 'assert.CallTracker is deprecated.');
  warnings++;
});

const tracker = new assert.CallTracker();
function foo(a, b) { return a + b; }
const tracked = tracker.calls(foo, 2);
assert.strictEqual(tracked.name, 'foo');
assert.strictEqual(tracked.length, 2);
assert.strictEqual(tracked(1, 2), 3);

const [failure] = tracker.report();
assert.strictEqual(failure.message, 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
assert.strictEqual(failure.actual, 1);
assert.strictEqual(failure.expected, 2);
assert.strictEqual(failure.operator, 'foo');
assert.ok(failure.stack instanceof Error);

assert.throws(() => tracker.verify(), (err) => {
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, failure.message);
  assert.strictEqual(err.generatedMessage, false);
  assert.deepStrictEqual(Object.keys(err), [
    'generatedMessage', 'code', 'actual', 'expected', 'operator',
    'message 0', 'actual 0', 'expected 0', 'operator 0', 'stack trace 0', 'diff',
  ]);
  assert.strictEqual(err['actual 0'], 1);
  return true;
});

const obj = { tracked };
obj.tracked(3, 4);
assert.strictEqual(tracker.report().length, 0);
tracker.verify();
const calls = tracker.getCalls(tracked);
assert.ok(Object.isFrozen(calls) && Object.isFrozen(calls[0]) && Object.isFrozen(calls[0].arguments));
assert.deepStrictEqual(calls, [{ thisArg: undefined, arguments: [1, 2] }, { thisArg: obj, arguments: [3, 4] }]);

// Two failures: a summary message.
const noop = tracker.calls();
tracker.calls(1);
assert.throws(() => tracker.verify(), { message: 'Functions were not called the expected number of times' });
noop();
tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
assert.strictEqual(tracker.report().length, 2);
tracker.reset();
assert.strictEqual(tracker.report().length, 3);
assert.strictEqual(tracker.report()[1].operator, 'calls');

assert.throws(() => tracker.calls(foo, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => tracker.calls(foo, 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => tracker.calls(foo, '1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tracker.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'tracked' is not a tracked function\. Received /,
});
assert.strictEqual(assert.strict.CallTracker, assert.CallTracker);
process.on('exit', () => assert.strictEqual(warnings, 1));
