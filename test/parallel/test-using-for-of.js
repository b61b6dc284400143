'use strict';
// `for (using x of it)`: each iteration's value is disposed at the end of
// that iteration (continue and break included); `for (using x = ...;;)`
// disposes once, after the loop; the iterator is closed when the value is
// not disposable.
require('../common');
const assert = require('assert');

const log = [];
const res = (name) => ({ name, [Symbol.dispose]() { log.push(`dispose ${name}`); } });

for (using x of [res('a'), null, res('b'), res('c')]) {
  log.push(`body ${x && x.name}`);
  if (x && x.name === 'b') continue;
  if (x && x.name === 'c') break;
}
assert.deepStrictEqual(log.splice(0), [
  'body a', 'dispose a', 'body null', 'body b', 'dispose b', 'body c', 'dispose c',
]);

// A body that is a single statement.
for (using x of [res('single')]) log.push('single');
assert.deepStrictEqual(log.splice(0), ['single', 'dispose single']);

// Each iteration has its own binding.
const fns = [];
for (using x of [res(1), res(2)]) fns.push(() => x.name);
assert.deepStrictEqual(fns.map((f) => f()), [1, 2]);
log.splice(0);

// Nested loops with labels.
outer: for (using a of [res('a1'), res('a2')]) {
  for (using b of [res('b1'), res('b2')]) {
    log.push(`${a.name}${b.name}`);
    continue outer;
  }
}
assert.deepStrictEqual(log.splice(0), [
  'a1b1', 'dispose b1', 'dispose a1', 'a2b1', 'dispose b1', 'dispose a2',
]);

// The classic loop: one resource for the whole loop.
for (using r = res('loop'), i = null; log.length < 3;) log.push('iteration');
assert.deepStrictEqual(log.splice(0), ['iteration', 'iteration', 'iteration', 'dispose loop']);

// A value that is not disposable: TypeError, and the iterator is closed.
let closed = false;
const iterable = {
  [Symbol.iterator]() {
    let n = 0;
    return {
      next: () => ({ done: false, value: n++ === 0 ? res('first') : 42 }),
      return: () => { closed = true; return {}; },
    };
  },
};
assert.throws(() => {
  for (using x of iterable) log.push(`got ${x.name}`);
}, { name: 'TypeError', message: 'An object is expected with `using` declarations' });
assert.strictEqual(closed, true);
assert.deepStrictEqual(log.splice(0), ['got first', 'dispose first']);
