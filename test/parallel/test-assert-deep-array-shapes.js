'use strict';
// Deep equality and util.inspect skip listing the keys of arrays and typed
// arrays that have nothing but their elements; an array however built
// that has a named or symbol property still has it compared and shown
// (issue 5).
const assert = require('assert');
const { inspect } = require('util');

const builders = {
  literal: () => [1, 2, 3],
  pushed: () => {
    const a = [];
    for (let i = 0; i < 3; i++) a.push(i + 0.5);
    return a;
  },
  from: () => Array.from({ length: 3 }, (_, i) => `s${i}`),
  long: () => Array.from({ length: 100 }, (_, i) => i * 1.5),
  objects: () => Array.from({ length: 70 }, (_, i) => ({ i })),
  holes: () => [1, , 3], // eslint-disable-line no-sparse-arrays
  typed: () => new Float64Array(80).fill(1.5),
  buffer: () => Buffer.alloc(70, 1),
};

const sym = Symbol('s');
for (const [name, build] of Object.entries(builders)) {
  assert.deepStrictEqual(build(), build(), name);
  assert.deepEqual(build(), build(), name);
  assert.partialDeepStrictEqual(build(), build(), name);

  const named = build();
  named.extra = 1;
  assert.notDeepStrictEqual(named, build(), name);
  assert.notDeepStrictEqual(build(), named, name);
  assert.notDeepEqual(named, build(), name);
  assert.match(inspect(named, { maxArrayLength: 0 }), /extra: 1/, name);

  const symbolic = build();
  symbolic[sym] = 1;
  assert.notDeepStrictEqual(symbolic, build(), name);
  assert.deepEqual(symbolic, build(), name); // symbols do not count there
  assert.match(inspect(symbolic, { maxArrayLength: 0 }), /Symbol\(s\): 1/, name);

  const hidden = build();
  Object.defineProperty(hidden, 'quiet', { value: 1, enumerable: false });
  assert.deepStrictEqual(hidden, build(), name);
  assert.doesNotMatch(inspect(hidden, { maxArrayLength: 0 }), /quiet/, name);
  assert.match(inspect(hidden, { maxArrayLength: 0, showHidden: true }), /quiet\]?: 1/, name);
}

// A hole and an undefined element differ, whatever the shape.
const sparse = Array.from({ length: 100 }, (_, i) => i);
delete sparse[50];
const dense = Array.from({ length: 100 }, (_, i) => i);
dense[50] = undefined;
assert.notDeepStrictEqual(sparse, dense);
assert.notDeepStrictEqual(dense, sparse);
