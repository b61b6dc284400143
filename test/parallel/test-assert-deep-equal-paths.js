'use strict';
// Deep equality along long comparison paths and on arrays: cycles found
// past the first levels (where the path is kept differently), holes against
// undefined, and named properties of arrays, dense or not.
require('../common');
const assert = require('assert');
const util = require('util');

// A chain `depth` objects long whose last link points back to `loopTo`.
function chain(depth, loopTo, leaf = 'end') {
  const nodes = [];
  for (let i = 0; i < depth; i++) nodes.push({ i, next: null });
  for (let i = 0; i + 1 < depth; i++) nodes[i].next = nodes[i + 1];
  nodes[depth - 1].next = loopTo === undefined ? leaf : nodes[loopTo];
  return nodes[0];
}

for (const depth of [3, 31, 32, 33, 40, 100]) {
  assert.deepStrictEqual(chain(depth, 0), chain(depth, 0));
  assert.deepStrictEqual(chain(depth, depth - 1), chain(depth, depth - 1));
  assert.deepStrictEqual(chain(depth), chain(depth));
  assert.notDeepStrictEqual(chain(depth), chain(depth, undefined, 'other'));
  assert.strictEqual(util.isDeepStrictEqual(chain(depth, 0), chain(depth, 0)), true);
  // One side loops back, the other ends.
  assert.notDeepStrictEqual(chain(depth, 0), chain(depth));
}

// Holes and undefined.
assert.notDeepStrictEqual([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
assert.deepEqual([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays
assert.deepStrictEqual(new Array(5), new Array(5));
assert.notDeepStrictEqual(new Array(5), [undefined, undefined, undefined, undefined, undefined]);
const sparse = [];
sparse[1e6] = 1;
const sparse2 = [];
sparse2[1e6] = 1;
assert.deepStrictEqual(sparse, sparse2);
sparse2[5] = 0;
assert.notDeepStrictEqual(sparse, sparse2);

// Named properties of arrays count, next to the elements.
const a = [1, 2, 3];
const b = [1, 2, 3];
a.extra = 1;
assert.notDeepStrictEqual(a, b);
b.extra = 1;
assert.deepStrictEqual(a, b);
b.extra = 2;
assert.notDeepStrictEqual(a, b);
const holey = [1, , 3]; // eslint-disable-line no-sparse-arrays
holey.extra = 1;
const holey2 = [1, , 3]; // eslint-disable-line no-sparse-arrays
holey2.extra = 1;
assert.deepStrictEqual(holey, holey2);
// A non-enumerable element is still an element.
const hidden = [1, 2];
Object.defineProperty(hidden, 1, { value: 2, enumerable: false });
assert.deepStrictEqual(hidden, [1, 2]);
assert.deepStrictEqual([1, 2], hidden);
Object.defineProperty(hidden, 1, { value: 3 });
assert.notDeepStrictEqual(hidden, [1, 2]);
// An accessor element is read.
const getter = [1];
Object.defineProperty(getter, 0, { get: () => 1, enumerable: true });
assert.deepStrictEqual(getter, [1]);
