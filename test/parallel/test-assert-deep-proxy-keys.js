'use strict';
// A Proxy whose ownKeys trap breaks an invariant fails the comparison with
// V8's TypeError text, as Node's does (issue 5).
const assert = require('assert');

const cases = [
  [new Proxy([1, 2, 3], { ownKeys() { return []; } }), [1, 2, 3],
   "'ownKeys' on proxy: trap result did not include 'length'"],
  [new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys() { return ['a', 'b']; } }), { a: 1 },
   "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible"],
  [new Proxy(Object.preventExtensions({ a: 1 }), { ownKeys() { return []; } }), {},
   "'ownKeys' on proxy: trap result did not include 'a'"],
  [new Proxy({}, { ownKeys() { return ['a', 'a']; } }), {},
   "'ownKeys' on proxy: trap returned duplicate entries"],
  [new Proxy({}, { ownKeys() { return 1; } }), {},
   'CreateListFromArrayLike called on non-object'],
];
for (const [actual, expected, message] of cases) {
  for (const method of ['deepStrictEqual', 'deepEqual']) {
    assert.throws(() => assert[method](actual, expected), { name: 'TypeError', message });
  }
  // The partial comparison lists only the expected value's keys.
  assert.partialDeepStrictEqual(actual, expected);
}
// A well-behaved Proxy compares as its target.
assert.deepStrictEqual(new Proxy([1, 2], {}), [1, 2]);
assert.notDeepStrictEqual(new Proxy([1, 2], {}), [1, 2, 3]);
