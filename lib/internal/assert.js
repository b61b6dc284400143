'use strict';
// internal/assert, for code run with --expose-internals: Node's check for
// its own invariants. A false value is a bug in the runtime, reported as
// ERR_INTERNAL_ASSERTION rather than as a user's AssertionError.

let ERR_INTERNAL_ASSERTION;
function internalAssertionError(message) {
  ERR_INTERNAL_ASSERTION ??= require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  return new ERR_INTERNAL_ASSERTION(message);
}

function assert(value, message) {
  if (!value) throw internalAssertionError(message);
}

function fail(message) {
  throw internalAssertionError(message);
}

assert.fail = fail;

module.exports = assert;
