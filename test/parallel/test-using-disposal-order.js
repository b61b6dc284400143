'use strict';
// `using` declarations (explicit resource management): resources are
// disposed when their block is left, in reverse order of declaration,
// however the block is left (normal end, return, break, continue, throw);
// null and undefined are skipped; [Symbol.dispose] is read once, at the
// declaration, and called with the resource as `this` and no arguments.
require('../common');
const assert = require('assert');

const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push(`dispose ${name}`); } });
const take = () => log.splice(0);

{
  using a = res('a'), b = res('b');
  using c = res('c');
  log.push('body');
}
assert.deepStrictEqual(take(), ['body', 'dispose c', 'dispose b', 'dispose a']);

// Nested blocks: the inner one first, when it ends.
{
  using outer = res('outer');
  {
    using inner = res('inner');
    log.push('inner body');
  }
  log.push('outer body');
}
assert.deepStrictEqual(take(), ['inner body', 'dispose inner', 'outer body', 'dispose outer']);

// Function bodies: after the return value is computed.
function f() {
  'use strict';
  using r = res('f');
  log.push('f body');
  return log.push('return') && 42;
}
assert.strictEqual(f(), 42);
assert.deepStrictEqual(take(), ['f body', 'return', 'dispose f']);

// Only the declarations evaluated are disposed.
function early(flag) {
  using a = res('a');
  if (flag) return 'early';
  using b = res('b');
  return 'late';
}
assert.strictEqual(early(true), 'early');
assert.deepStrictEqual(take(), ['dispose a']);
assert.strictEqual(early(false), 'late');
assert.deepStrictEqual(take(), ['dispose b', 'dispose a']);

// break and continue out of a block, labels.
outer: for (let i = 0; i < 3; i++) {
  using r = res(i);
  if (i === 0) continue;
  if (i === 1) continue outer;
  break outer;
}
assert.deepStrictEqual(take(), ['dispose 0', 'dispose 1', 'dispose 2']);
block: {
  using r = res('labelled');
  if (log.length === 0) break block;
  log.push('not reached');
}
assert.deepStrictEqual(take(), ['dispose labelled']);

// A block in a case clause.
switch (1) {
  case 1: {
    using r = res('case');
    log.push('case body');
  }
  // fall through
  case 2:
    log.push('case 2');
}
assert.deepStrictEqual(take(), ['case body', 'dispose case', 'case 2']);

// null and undefined hold nothing; the value is the binding.
{
  using a = null, b = undefined;
  assert.strictEqual(a, null);
  assert.strictEqual(b, undefined);
}

// The method is read once, at the declaration; `this` is the resource.
{
  let reads = 0;
  const obj = {
    get [Symbol.dispose]() {
      reads++;
      return function() {
        log.push(this === obj ? `this ok ${arguments.length}` : 'wrong this');
      };
    },
  };
  {
    using x = obj;
    assert.strictEqual(x, obj);
    assert.strictEqual(reads, 1);
    log.push('body');
  }
  assert.strictEqual(reads, 1);
  assert.deepStrictEqual(take(), ['body', 'this ok 0']);
}

// A function, too, can be a resource.
{
  const fn = () => {};
  fn[Symbol.dispose] = () => log.push('fn');
  {
    using x = fn;
  }
  assert.deepStrictEqual(take(), ['fn']);
}

// Generators: return() leaves the block.
function* gen() {
  using r = res('gen');
  yield 1;
  yield 2;
}
const it = gen();
assert.strictEqual(it.next().value, 1);
assert.deepStrictEqual(take(), []);
it.return();
assert.deepStrictEqual(take(), ['dispose gen']);

// Class static blocks and arrow function bodies.
class C {
  static {
    using r = res('static');
    log.push('static body');
  }
}
assert.deepStrictEqual(take(), ['static body', 'dispose static']);
assert.strictEqual(typeof C, 'function');
const arrow = () => { using r = res('arrow'); return 'a'; };
assert.strictEqual(arrow(), 'a');
assert.deepStrictEqual(take(), ['dispose arrow']);
