'use strict';
// setUncaughtExceptionCaptureCallback refuses a second callback with
// ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET, null clears it, and
// hasUncaughtExceptionCaptureCallback() reports whether one is set.
const assert = require('assert');

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.setUncaughtExceptionCaptureCallback(() => {});
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  name: 'Error',
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  message: '`process.setupUncaughtExceptionCapture()` was called while a capture callback ' +
           'was already active',
});
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);

process.setUncaughtExceptionCaptureCallback(null);
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
// Once cleared, a new one can be set.
process.setUncaughtExceptionCaptureCallback(() => {});
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
process.setUncaughtExceptionCaptureCallback(null);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function or null. Received type number (5)',
});
