'use strict';
// AbortSignal.abort(reason) returns a signal that is already aborted; no
// event is ever dispatched on it.
const assert = require('assert');
const common = require('../common');

const s = AbortSignal.abort();
assert(s instanceof AbortSignal);
assert.strictEqual(s.aborted, true);
assert(s.reason instanceof DOMException);
assert.strictEqual(s.reason.name, 'AbortError');
assert.strictEqual(s.reason.message, 'This operation was aborted');
assert.notStrictEqual(AbortSignal.abort().reason, s.reason);
s.onabort = common.mustNotCall();
s.addEventListener('abort', common.mustNotCall());

assert.strictEqual(AbortSignal.abort(42).reason, 42);
assert.strictEqual(AbortSignal.abort(null).reason, null);
assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
// Works unbound.
const { abort } = AbortSignal;
assert.strictEqual(abort().aborted, true);
