'use strict';
// The line diff in strict comparison messages: values are shown one
// property per line with keys sorted, `+` for actual, `-` for expected; a
// run of unchanged lines keeps five lines after a change and one before the
// next, with "..." where lines were left out.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    return err.message;
  }
  assert.fail('did not throw');
}

assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { b: [1, 3], a: 1 })),
                   'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '  {\n' +
                   '    a: 1,\n' +
                   '    b: [\n' +
                   '      1,\n' +
                   '+     2\n' +
                   '-     3\n' +
                   '    ]\n' +
                   '  }\n');

// One element more: the trailing comma on the line before does not count
// as a change.
assert.strictEqual(messageOf(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])),
                   'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '  [\n' +
                   '    1,\n' +
                   '    2,\n' +
                   '    3,\n' +
                   '-   4\n' +
                   '  ]\n');

// Long runs of unchanged lines are skipped.
const long = Array.from({ length: 40 }, (_, i) => i);
const changed = long.slice();
changed[5] = 'a';
changed[30] = 'b';
const lines = ['  [', '    0,', '    1,', '    2,', '    3,', '    4,', '+   5,', "-   'a',"];
for (let i = 6; i <= 10; i++) lines.push(`    ${i},`);
lines.push('...', '    29,', '+   30,', "-   'b',");
for (let i = 31; i <= 35; i++) lines.push(`    ${i},`);
assert.strictEqual(messageOf(() => assert.deepStrictEqual(long, changed)),
                   'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n' +
                   '... Skipped lines\n' +
                   '\n' +
                   `${lines.join('\n')}\n`);

// Objects with the same rendering that are still not equal.
assert.strictEqual(messageOf(() => assert.deepStrictEqual([Symbol('s')], [Symbol('s')])),
                   'Values have same structure but are not reference-equal:\n\n[\n  Symbol(s)\n]\n');
assert.strictEqual(messageOf(() => assert.strictEqual([1], [1])),
                   'Values have same structure but are not reference-equal:\n\n[\n  1\n]\n');
// strictEqual on two different objects.
assert.strictEqual(messageOf(() => assert.strictEqual({ a: 1 }, { a: 2 })),
                   'Expected "actual" to be reference-equal to "expected":\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '  {\n' +
                   '+   a: 1\n' +
                   '-   a: 2\n' +
                   '  }\n');
// An object against a primitive.
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, 1)),
                   'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '+ {\n' +
                   '+   a: 1\n' +
                   '+ }\n' +
                   '- 1\n');
// notDeepStrictEqual shows the one value.
assert.strictEqual(messageOf(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })),
                   'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
// Errors are shown without their stacks when both sides are errors.
assert.strictEqual(messageOf(() => assert.deepStrictEqual(new Error('a'), new Error('b'))),
                   'Expected values to be strictly deep-equal:\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '+ [Error: a]\n' +
                   '- [Error: b]\n');
// A custom message replaces the first line only.
assert.strictEqual(messageOf(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom')),
                   'custom\n' +
                   '+ actual - expected\n' +
                   '\n' +
                   '  {\n' +
                   '+   a: 1\n' +
                   '-   a: 2\n' +
                   '  }\n');
