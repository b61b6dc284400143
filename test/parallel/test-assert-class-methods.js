'use strict';
// The Assert class: its methods, the strict and loose variants, and the
// messages its diff option chooses.
const assert = require('assert');
const { Assert } = assert;
const { inspect } = require('util');

// Assert.prototype.ok is not the module's ok(), which carries the others.
const loose = new Assert({ strict: false });
assert.notStrictEqual(loose.ok, assert.ok);
assert.strictEqual(loose.ok.name, 'ok');
assert.strictEqual(loose.ok.strictEqual, undefined);
assert.strictEqual(loose.strictEqual, assert.strictEqual);
assert.deepStrictEqual(Object.getOwnPropertyNames(loose), ['AssertionError']);
loose.equal(1, '1');
loose.deepEqual({ a: 1 }, { a: '1' });

const strict = new Assert();
assert.deepStrictEqual(Object.getOwnPropertyNames(strict),
                       ['AssertionError', 'equal', 'deepEqual', 'notEqual', 'notDeepEqual']);
assert.strictEqual(strict.equal, strict.strictEqual);
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });

assert.deepStrictEqual(Object.keys(assert).slice(0, 4), ['AssertionError', 'CallTracker', 'ok', 'fail']);

// Legacy messages are cut at 512 characters unless diff is 'full'.
const a = 'A'.repeat(600);
const b = 'B'.repeat(600);
assert.throws(() => new Assert({ strict: false }).deepEqual(a, b), {
  message: `Expected values to be loosely deep-equal:\n\n'${'A'.repeat(508)}...\n\n` +
    `should loosely deep-equal\n\n'${'B'.repeat(508)}...`,
});
assert.throws(() => new Assert({ strict: false, diff: 'full' }).deepEqual(a, b), {
  message: `Expected values to be loosely deep-equal:\n\n'${a}'\n\nshould loosely deep-equal\n\n'${b}'`,
});
assert.throws(() => new Assert({ strict: false, diff: 'full' }).equal(a, b), {
  message: `'${a}' == '${b}'`,
});

// Inspecting the error shortens long strings as Node does: what follows the
// first 512 characters, then an ellipsis.
try {
  assert.strictEqual(a, b);
} catch (err) {
  assert.ok(inspect(err).includes(`actual: '${'A'.repeat(88)}...'`));
  assert.ok(inspect(err).includes(`expected: '${'B'.repeat(88)}...'`));
}
// Ten lines at most.
try {
  assert.strictEqual('x\n'.repeat(20), 'y');
} catch (err) {
  assert.ok(inspect(err).includes(`actual: '${'x\\n'.repeat(10)}...'`));
}
