'use strict';
// assert.strict, require('assert/strict') and the Assert class: the loose
// names point at the strict functions.
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(require('node:assert'), assert);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(assert.strict, strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.name, 'strict');
assert.notStrictEqual(strict, assert);

assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
for (const name of ['ok', 'fail', 'throws', 'doesNotThrow', 'rejects', 'doesNotReject', 'ifError',
  'match', 'doesNotMatch', 'strictEqual', 'deepStrictEqual', 'partialDeepStrictEqual',
  'AssertionError']) {
  assert.strictEqual(strict[name], assert[name], name);
}

// The default call is ok().
strict(true);
assert.throws(() => strict(0), { code: 'ERR_ASSERTION', operator: '==' });
assert.throws(() => strict(), { message: 'No value argument passed to `assert.ok()`' });
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict.deepEqual({ a: 1 }, { a: '1' }), { operator: 'deepStrictEqual' });
strict.notEqual(1, '1');
strict.notDeepEqual({ a: 1 }, { a: '1' });

// Assert instances: strict unless told otherwise.
const { Assert } = assert;
assert.strictEqual(strict.Assert, Assert);
const a = new Assert();
assert.strictEqual(a.AssertionError, assert.AssertionError);
assert.throws(() => a.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => a.deepEqual([1], ['1']), { operator: 'deepStrictEqual' });
const loose = new Assert({ strict: false });
loose.equal(1, '1');
loose.deepEqual([1], ['1']);
assert.throws(() => loose.strictEqual(1, '1'), { operator: 'strictEqual' });
// The methods work unbound too.
const { ok, strictEqual } = a;
ok(1);
assert.throws(() => strictEqual(1, 2), { code: 'ERR_ASSERTION' });

// skipPrototype ignores [[Prototype]] in the strict deep comparisons.
const skip = new Assert({ skipPrototype: true });
skip.deepStrictEqual(Object.assign(Object.create(null), { a: 1 }), { a: 1 });
assert.throws(() => a.deepStrictEqual(Object.create(null), {}), { operator: 'deepStrictEqual' });
assert.throws(() => skip.deepStrictEqual({ a: 1 }, { a: 2 }), { operator: 'deepStrictEqual' });

assert.throws(() => new Assert({ diff: 'colors' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.diff' must be one of: 'simple', 'full'. Received 'colors'",
});
assert.throws(() => Assert(), { name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED' });
const full = new Assert({ diff: 'full' });
assert.throws(() => full.strictEqual(1, 2), { diff: 'full' });
