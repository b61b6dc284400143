'use strict';
// In a require cycle, the module that closes the loop gets the other module's
// unfinished exports object: whatever was assigned before the cycle began.
// It is the same object, so the rest shows up once loading completes.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'cycle');
const a = require(`${dir}/a.js`);
const b = require(`${dir}/b.js`);

assert.deepStrictEqual(b.aSeen, { name: 'a', done: false, keys: ['name', 'done'] });
assert.strictEqual(b.a, a);
assert.strictEqual(b.done, true);

assert.strictEqual(a.done, true);
assert.deepStrictEqual(a.bWhenRequired, {
  name: 'b',
  done: true,
  aSeenByB: { name: 'a', done: false, keys: ['name', 'done'] },
});
