'use strict';
// Builtin objects with internal state compare by that state: Date's time,
// RegExp's source, flags and lastIndex, Error's name, message, cause and
// errors, the bytes of typed arrays, ArrayBuffers and DataViews.
const assert = require('assert');

function equal(a, b) {
  assert.deepStrictEqual(a, b);
}
function unequal(a, b) {
  assert.throws(() => assert.deepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
}

equal(new Date(0), new Date(0));
unequal(new Date(0), new Date(1));
equal(new Date(NaN), new Date(NaN));
unequal(Object.assign(new Date(0), { a: 1 }), new Date(0));

equal(/a/gi, /a/gi);
unequal(/a/g, /a/i);
unequal(/a/, /b/);
const re = /a/g;
re.lastIndex = 1;
unequal(re, /a/g);
unequal(Object.assign(/a/, { x: 1 }), /a/);

equal(new Error('a'), new Error('a'));
unequal(new Error('a'), new Error('b'));
unequal(new Error('a'), new TypeError('a'));
const renamed = new Error('a');
renamed.name = 'Other';
unequal(renamed, new Error('a'));
equal(new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }));
unequal(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
unequal(new Error('a', { cause: undefined }), new Error('a'));
equal(new AggregateError([1, 2], 'x'), new AggregateError([1, 2], 'x'));
unequal(new AggregateError([1], 'x'), new AggregateError([2], 'x'));
unequal(Object.assign(new Error('a'), { code: 'X' }), new Error('a'));
unequal(new Error('a'), { name: 'Error', message: 'a' });

equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
unequal(new Uint8Array([1, 2]), new Uint8Array([1, 3]));
unequal(new Uint8Array([1]), new Int8Array([1]));
unequal(new Uint8Array([1, 2]), [1, 2]);
equal(new Uint8Array([9, 1, 2, 9]).subarray(1, 3), new Uint8Array([1, 2]));
// Bytes, not numbers: NaN equals the same NaN, -0 differs from 0.
equal(new Float64Array([NaN]), new Float64Array([NaN]));
unequal(new Float64Array([-0]), new Float64Array([0]));
unequal(Object.assign(new Uint8Array(1), { x: 1 }), new Uint8Array(1));

equal(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 2]).buffer);
unequal(new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
unequal(new ArrayBuffer(2), new ArrayBuffer(3));
if (typeof SharedArrayBuffer === 'function')
  unequal(new SharedArrayBuffer(2), new ArrayBuffer(2));
equal(new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
unequal(new DataView(new Uint8Array([1]).buffer), new DataView(new Uint8Array([2]).buffer));

// Promises are never structurally equal.
const p = Promise.resolve(1);
equal(p, p);
unequal(Promise.resolve(1), Promise.resolve(1));

// Functions only by identity.
unequal(() => {}, () => {});
