'use strict';
// util.diff(actual, expected): the shortest edit script between two
// strings or arrays of strings, as [op, value] pairs: 0 in both, 1 only in
// actual, -1 only in expected. Among equally short scripts, Node's choice:
// a removal comes before an insertion at the same place.
require('../common');
const assert = require('assert');
const { diff } = require('util');

assert.strictEqual(diff.length, 2);
assert.deepStrictEqual(diff('abc', 'abd'), [[0, 'a'], [0, 'b'], [1, 'c'], [-1, 'd']]);
assert.deepStrictEqual(diff(['a', 'b', 'c'], ['a', 'c', 'd']), [[0, 'a'], [1, 'b'], [0, 'c'], [-1, 'd']]);
assert.deepStrictEqual(diff('kitten', 'sitting'), [
  [1, 'k'], [-1, 's'], [0, 'i'], [0, 't'], [0, 't'], [1, 'e'], [-1, 'i'], [0, 'n'], [-1, 'g'],
]);
assert.deepStrictEqual(diff('aabcaaa', 'bcabaa'),
                       [[1, 'a'], [1, 'a'], [0, 'b'], [0, 'c'], [0, 'a'], [-1, 'b'], [0, 'a'], [0, 'a']]);
assert.deepStrictEqual(diff('ccbaaccc', 'acac'),
                       [[-1, 'a'], [0, 'c'], [1, 'c'], [1, 'b'], [0, 'a'], [1, 'a'], [0, 'c'], [1, 'c'], [1, 'c']]);
assert.deepStrictEqual(diff('', 'x'), [[-1, 'x']]);
assert.deepStrictEqual(diff('x', ''), [[1, 'x']]);
assert.deepStrictEqual(diff([], ['a']), [[-1, 'a']]);
assert.deepStrictEqual(diff('same', 'same'), []);
// Two arrays with the same strings: every entry is kept.
assert.deepStrictEqual(diff(['a', 'b'], ['a', 'b']), [[0, 'a'], [0, 'b']]);
// Entries compare exactly: a trailing comma makes a line differ.
assert.deepStrictEqual(diff(['a,', 'b'], ['a', 'b']), [[1, 'a,'], [-1, 'a'], [0, 'b']]);
// The script is a shortest one: its kept entries are a longest common
// subsequence. Checked on generated strings against a dynamic program.
function lcs(a, b) {
  const t = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      t[i][j] = a[i] === b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    }
  }
  return t[0][0];
}
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const word = () => Array.from({ length: Math.floor(next() * 12) }, () => 'abc'[Math.floor(next() * 3)]).join('');
for (let i = 0; i < 200; i++) {
  const a = word();
  const b = word();
  const ops = diff(a, b);
  if (a === b) continue;
  assert.strictEqual(ops.filter(([op]) => op === 0).length, lcs(a, b));
  assert.strictEqual(ops.filter(([op]) => op >= 0).map(([, v]) => v).join(''), a);
  assert.strictEqual(ops.filter(([op]) => op <= 0).map(([, v]) => v).join(''), b);
}

assert.throws(() => diff(1, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual" argument must be of type string. Received type number (1)',
});
assert.throws(() => diff('a', null), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "expected" argument/ });
assert.throws(() => diff(['a', 2], ['a']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "actual[1]" argument must be of type string. Received type number (2)',
});
assert.throws(() => diff(['a'], [{}]), { code: 'ERR_INVALID_ARG_TYPE', message: /^The "expected\[0\]" argument/ });
