'use strict';
// A Timeout converts to a positive integer id, distinct per timer, and
// clearTimeout/clearInterval accept that id as a number or as a string.
const common = require('../common');
const assert = require('assert');

const a = setTimeout(common.mustNotCall('timeout cleared by numeric id fired'), 1);
const b = setTimeout(common.mustNotCall('timeout cleared by string id fired'), 1);
const c = setInterval(common.mustNotCall('interval cleared by numeric id fired'), 1);
const d = setInterval(common.mustNotCall('interval cleared by string id fired'), 1);

assert.strictEqual(typeof a[Symbol.toPrimitive], 'function');
const ids = [a, b, c, d].map((t) => +t);
for (const id of ids) {
  assert.strictEqual(typeof id, 'number');
  assert(Number.isInteger(id) && id > 0, `bad id ${id}`);
}
assert.strictEqual(new Set(ids).size, 4);
assert.strictEqual(`${a}`, String(ids[0]));
// The id is stable.
assert.strictEqual(+a, ids[0]);

clearTimeout(+a);
clearTimeout(`${b}`);
clearInterval(+c);
clearInterval(String(d));

// Clearing by id leaves other timers alone.
const kept = setTimeout(common.mustCall(), 2);
assert.notStrictEqual(+kept, ids[0]);
