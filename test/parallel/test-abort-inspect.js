'use strict';
// util.inspect of AbortSignal and AbortController shows their state, as in
// Node, and respects depth.
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(new AbortController()), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(inspect(new AbortController().signal, { depth: -1 }), '[AbortSignal]');
assert.strictEqual(inspect({ a: { b: new AbortController().signal } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(inspect({ a: new AbortController() }, { depth: 1 }),
                   '{ a: AbortController { signal: [AbortSignal] } }');
