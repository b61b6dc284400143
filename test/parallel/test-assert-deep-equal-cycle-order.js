'use strict';
// As in Node, deep equality first compares without tracking its path, so a
// difference inside cyclic structures is found by unrolling the cycles; only
// once a comparison has overflowed the stack (two equal cyclic structures)
// does the process track paths, and then structures whose cycles close at
// the same time compare equal even where unrolling would differ.
require('../common');
const assert = require('assert');

// a0 -> a1 -> a2 -> a0 against b0 -> b1 -> b2 -> b1, each node numbered.
function chain(loopTo) {
  const nodes = [0, 1, 2].map((i) => ({ i, next: null }));
  nodes[0].next = nodes[1];
  nodes[1].next = nodes[2];
  nodes[2].next = nodes[loopTo];
  return nodes[0];
}

assert.notDeepStrictEqual(chain(0), chain(1));
assert.notDeepEqual(chain(0), chain(1));

// Equal cyclic structures: found equal after the stack overflows.
const x = { v: 1 };
x.self = x;
const y = { v: 1 };
y.self = y;
assert.deepStrictEqual(x, y);

// From now on paths are tracked.
assert.deepStrictEqual(chain(0), chain(1));
assert.notDeepStrictEqual(x, { v: 1, self: { v: 2 } });
