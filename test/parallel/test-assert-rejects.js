'use strict';
// assert.rejects() and assert.doesNotReject() take a promise or a function
// returning one, and validate the rejection like throws/doesNotThrow.
const assert = require('assert');

let finished = false;
process.on('exit', () => assert(finished, 'the async checks did not finish'));

async function rejectsWith(promise, check) {
  let caught;
  try {
    await promise;
  } catch (err) {
    caught = err;
  }
  assert(caught !== undefined, 'expected a rejection');
  assert.throws(() => { throw caught; }, check);
}

(async () => {
  const err = new TypeError('nope');
  await assert.rejects(Promise.reject(err));
  await assert.rejects(Promise.reject(err), TypeError);
  await assert.rejects(() => Promise.reject(err), { message: 'nope' });
  await assert.rejects(async () => { throw err; }, /nope/);
  // A thenable with then() and catch() is accepted.
  await assert.rejects({ then(ok, fail) { fail(err); }, catch() {} }, TypeError);
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => 1);

  await rejectsWith(assert.rejects(Promise.resolve('fine')), {
    name: 'AssertionError',
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await rejectsWith(assert.rejects(Promise.resolve(), TypeError, 'why'), {
    message: 'Missing expected rejection (TypeError): why',
  });
  await rejectsWith(assert.rejects(Promise.reject(err), RangeError), {
    operator: 'rejects',
    message: /^The error is expected to be an instance of "RangeError"\. Received "TypeError"/,
  });
  await rejectsWith(assert.doesNotReject(Promise.reject(err)), {
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "nope"',
  });
  await rejectsWith(assert.doesNotReject(() => Promise.reject(err), 'why'), {
    message: 'Got unwanted rejection: why\nActual message: "nope"',
  });
  // A rejection of another kind passes through.
  await rejectsWith(assert.doesNotReject(Promise.reject(err), RangeError), (e) => e === err);

  // Argument errors reject, they do not throw synchronously.
  const bad = assert.rejects(5);
  assert(bad instanceof Promise);
  await rejectsWith(bad, {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
      'Received type number (5)',
  });
  await rejectsWith(assert.rejects(() => 5), {
    name: 'TypeError',
    code: 'ERR_INVALID_RETURN_VALUE',
  });
  await rejectsWith(assert.doesNotReject(() => 'x'), { code: 'ERR_INVALID_RETURN_VALUE' });
  // A function that throws instead of rejecting: the error itself rejects.
  const sync = new Error('sync');
  await rejectsWith(assert.rejects(() => { throw sync; }), (e) => e === sync);
  finished = true;
})();
