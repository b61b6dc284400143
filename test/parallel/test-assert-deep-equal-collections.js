'use strict';
// Map and Set contents compare unordered, with object keys and members
// matched by deep equality; WeakMap and WeakSet only by identity.
const assert = require('assert');

function equal(a, b) {
  assert.deepStrictEqual(a, b);
  assert.deepEqual(a, b);
}
function unequal(a, b) {
  assert.throws(() => assert.deepStrictEqual(a, b), { code: 'ERR_ASSERTION' });
  assert.notDeepStrictEqual(a, b);
}

equal(new Set([1, 2, 3]), new Set([3, 1, 2]));
equal(new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]));
equal(new Set([[1], [2]]), new Set([[2], [1]]));
equal(new Set([NaN]), new Set([NaN]));
unequal(new Set([1, 2]), new Set([1, 3]));
unequal(new Set([1, 2]), new Set([1]));
unequal(new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
unequal(new Set([1]), new Set(['1']));
unequal(new Set([{}]), new Set([[]]));

equal(new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
equal(new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']]));
// Equal keys pair with the entry whose value matches.
equal(new Map([[{}, 1], [{}, 2]]), new Map([[{}, 2], [{}, 1]]));
equal(new Map([[1, { deep: [1] }]]), new Map([[1, { deep: [1] }]]));
unequal(new Map([[1, 2]]), new Map([[1, 3]]));
unequal(new Map([[1, undefined]]), new Map([[2, undefined]]));
unequal(new Map([[{ k: 1 }, 1]]), new Map([[{ k: 2 }, 1]]));
unequal(new Map([[1, 'a']]), new Map([['1', 'a']]));
unequal(new Map(), new Set());
unequal(new Map([[1, 1]]), [[1, 1]]);

// Own properties of the collection count as well.
unequal(Object.assign(new Set(), { x: 1 }), new Set());
equal(Object.assign(new Map(), { x: 1 }), Object.assign(new Map(), { x: 1 }));

// WeakMap and WeakSet contents are unknowable: different instances differ
// even when empty; the same instance equals itself.
const key = {};
const wm = new WeakMap([[key, 1]]);
const ws = new WeakSet([key]);
equal(wm, wm);
equal(ws, ws);
unequal(new WeakMap(), new WeakMap());
unequal(new WeakSet(), new WeakSet());
unequal(wm, new WeakMap([[key, 1]]));
assert.notDeepEqual(new WeakSet(), new WeakSet());
