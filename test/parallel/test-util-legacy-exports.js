'use strict';
// The smaller members of node:util: _extend (deprecated, DEP0060),
// _errnoException and _exceptionWithHostPort (the errors of net),
// convertProcessSignalToExitCode, transferableAbortSignal and
// transferableAbortController.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const os = require('os');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0060');
  assert.strictEqual(warning.message, 'The `util._extend` API is deprecated. Please use Object.assign() instead.');
}));
assert.strictEqual(util._extend.length, 2);
const target = { a: 1 };
assert.strictEqual(util._extend(target, { b: 2, a: 3 }), target);
assert.deepStrictEqual(target, { a: 3, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });
assert.deepStrictEqual(util._extend({ a: 1 }, 5), { a: 1 });
assert.deepStrictEqual(util._extend({}, Object.create({ inherited: 1 })), {});

const ex = util._errnoException(-2, 'open', 'extra');
assert.ok(ex instanceof Error);
assert.strictEqual(ex.message, 'open ENOENT extra');
assert.deepStrictEqual(Object.keys(ex), ['errno', 'code', 'syscall']);
assert.strictEqual(ex.errno, -2);
assert.strictEqual(util._errnoException(-2, 'open').message, 'open ENOENT');
const ex2 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80, 'local');
assert.strictEqual(ex2.message, 'connect ECONNREFUSED 127.0.0.1:80 - Local (local)');
assert.deepStrictEqual(Object.keys(ex2), ['errno', 'code', 'syscall', 'address', 'port']);
const ex3 = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1');
assert.strictEqual(ex3.message, 'connect ECONNREFUSED 127.0.0.1');
assert.deepStrictEqual(Object.keys(ex3), ['errno', 'code', 'syscall', 'address']);
// The stack starts at the caller.
assert.match(ex.stack.split('\n')[1], /test-util-legacy-exports\.js/);

assert.strictEqual(util.convertProcessSignalToExitCode('SIGINT'), 130);
assert.strictEqual(util.convertProcessSignalToExitCode('SIGKILL'), 137);
for (const name of Object.keys(os.constants.signals)) {
  assert.strictEqual(util.convertProcessSignalToExitCode(name), 128 + os.constants.signals[name]);
}
for (const value of ['FOO', 1, null, 'sigint']) {
  assert.throws(() => util.convertProcessSignalToExitCode(value), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'signalCode' must be one of: 'SIGHUP', 'SIGINT', /,
  });
}

const signal = AbortSignal.abort('why');
assert.strictEqual(util.transferableAbortSignal(signal), signal);
assert.strictEqual(signal.reason, 'why');
assert.throws(() => util.transferableAbortSignal({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
const controller = util.transferableAbortController();
assert.ok(controller instanceof AbortController);
controller.signal.onabort = common.mustCall();
controller.abort();
assert.strictEqual(controller.signal.aborted, true);
