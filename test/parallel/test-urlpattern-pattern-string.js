'use strict';
// The pattern strings URLPattern's getters return are normalized: a regexp
// group equal to what a name or '*' would be becomes one, groups are added
// or dropped where the meaning needs them, and syntax characters in fixed
// text are escaped.
require('../common');
const assert = require('assert');

function normalized(value, component = 'pathname') {
  return new URLPattern({ [component]: value })[component];
}

// Unchanged.
for (const p of ['/books/:id', '/:id(\\d+)', '/(\\d+)', '/*', '/:a-:b', '/a/:b*', '/a/(x)+', '/{a}?', '/{x:a}',
  '/:a(x)?', '{/a}?/b', '/a\\:b']) {
  assert.strictEqual(normalized(p), p);
}
// A regexp group that is a wildcard or a segment wildcard is written as one
// (and is no regexp group).
assert.strictEqual(normalized('/(.*)'), '/*');
assert.strictEqual(normalized('/:rest(.*)'), '/:rest(.*)');
assert.strictEqual(normalized('/:seg([^\\/]+?)'), '/:seg');
assert.strictEqual(new URLPattern({ pathname: '/:seg([^\\/]+?)' }).hasRegExpGroups, false);
// A '*' right after a group keeps its regexp form, as it would read as a
// modifier.
assert.strictEqual(normalized('/*(.*)'), '/*(.*)');
// Braces: dropped around plain text, kept where a name would run on or a
// prefix would change.
assert.strictEqual(normalized('/{a}'), '/a');
assert.strictEqual(normalized('/a{}b'), '/ab');
assert.strictEqual(normalized('/*{x}'), '/*x');
assert.strictEqual(normalized('/:a{b}'), '{/:a}b');
assert.strictEqual(normalized('/:a\\b'), '{/:a}b');
assert.strictEqual(normalized('/{:a}b'), '/{:a}b');
assert.strictEqual(normalized('/{:a}-{:b}'), '/{:a}-:b');
assert.strictEqual(normalized('/{/:a}?'), '//:a?');
// Escapes in fixed text: the characters with a meaning in patterns.
// (The pathname's percent-encoding takes '?', '{' and '}' first.)
assert.strictEqual(normalized('/a\\(b\\)\\*\\+\\?'), '/a\\(b\\)\\*\\+%3F');
assert.strictEqual(normalized('/\\{x\\}'), '/%7Bx%7D');
assert.strictEqual(normalized('\\:x', 'search'), '\\:x');
assert.strictEqual(normalized('a\\{b\\}', 'hash'), 'a\\{b\\}');

// Other components: hostname groups stop at '.', no prefix.
assert.strictEqual(normalized(':sub.example.test', 'hostname'), ':sub.example.test');
assert.strictEqual(normalized('{:sub.}?example.test', 'hostname'), '{:sub.}?example.test');
assert.strictEqual(normalized(':q*', 'search'), ':q*');
assert.strictEqual(normalized('{x}?y', 'search'), '{x}?y');
assert.strictEqual(normalized('(a|b)', 'hash'), '(a|b)');

// A normalized pattern compiles to the same pattern again.
for (const p of ['/:a{b}', '/{:a}-{:b}', '/(.*)', '/a{}b', '/:seg([^\\/]+?)', '/{/:a}?', '/*{x}']) {
  const once = normalized(p);
  assert.strictEqual(normalized(once), once, p);
}
