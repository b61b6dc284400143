'use strict';
// util.parseArgs({ tokens: true }): the parse as a list of tokens, with the
// index of the argument each came from, how each option was written, and
// short groups expanded.
const assert = require('assert');
const { parseArgs } = require('util');

function tokens(config) {
  return parseArgs({ ...config, tokens: true }).tokens;
}
const opt = (name, rawName, index, value, inlineValue) =>
  ({ kind: 'option', name, rawName, index, value, inlineValue });

assert.deepStrictEqual(
  tokens({ args: ['-abfFILE', 'x'], allowPositionals: true,
           options: { a: { type: 'boolean' }, b: { type: 'boolean' }, file: { type: 'string', short: 'f' } } }),
  [opt('a', '-a', 0, undefined, undefined), opt('b', '-b', 0, undefined, undefined),
   opt('file', '-f', 0, 'FILE', true), { kind: 'positional', index: 1, value: 'x' }]);

// A string option last in a group takes the next argument, which moves the index.
assert.deepStrictEqual(
  tokens({ args: ['-abf', 'FILE', 'y'], allowPositionals: true,
           options: { a: { type: 'boolean' }, b: { type: 'boolean' }, file: { type: 'string', short: 'f' } } }),
  [opt('a', '-a', 0, undefined, undefined), opt('b', '-b', 0, undefined, undefined),
   opt('file', '-f', 0, 'FILE', false), { kind: 'positional', index: 2, value: 'y' }]);

// A group starting with a string option is that option and its value.
assert.deepStrictEqual(
  tokens({ args: ['-bc'], options: { a: { type: 'boolean' }, b: { type: 'string', short: 'b' } } }),
  [opt('b', '-b', 0, 'c', true)]);
assert.deepStrictEqual(
  tokens({ args: ['-abc'], options: { a: { type: 'boolean' }, b: { type: 'string', short: 'b' } } }),
  [opt('a', '-a', 0, undefined, undefined), opt('b', '-b', 0, 'c', true)]);

// Long forms; the rawName of --name=value is --name.
assert.deepStrictEqual(
  tokens({ args: ['--a=b=c', '--=x', '---x', '--n', 'v'], strict: false, options: { n: { type: 'string' } } }),
  [opt('a', '--a', 0, 'b=c', true), opt('=x', '--=x', 1, undefined, undefined),
   opt('-x', '---x', 2, undefined, undefined), opt('n', '--n', 3, 'v', false)]);

// '--' is a token of its own; '-' is a positional.
assert.deepStrictEqual(
  tokens({ args: ['-', '--', '--foo', 'x'], allowPositionals: true }),
  [{ kind: 'positional', index: 0, value: '-' }, { kind: 'option-terminator', index: 1 },
   { kind: 'positional', index: 2, value: '--foo' }, { kind: 'positional', index: 3, value: 'x' }]);

// Without strict, '-a=b' is a group of three flags.
assert.deepStrictEqual(
  tokens({ args: ['-a=b'], strict: false }),
  [opt('a', '-a', 0, undefined, undefined), opt('=', '-=', 0, undefined, undefined),
   opt('b', '-b', 0, undefined, undefined)]);

// Groups split UTF-16 code units, as Node does.
assert.deepStrictEqual(
  tokens({ args: ['-\u{1F600}'], strict: false }).map((t) => t.name), ['\ud83d', '\ude00']);

// Key order of each token, and plain objects.
{
  const [o, p, t] = tokens({ args: ['--x', 'p', '--'], strict: false });
  assert.deepStrictEqual(Object.keys(o), ['kind', 'name', 'rawName', 'index', 'value', 'inlineValue']);
  assert.deepStrictEqual(Object.keys(p), ['kind', 'index', 'value']);
  assert.deepStrictEqual(Object.keys(t), ['kind', 'index']);
  assert.strictEqual(Object.getPrototypeOf(o), Object.prototype);
  const r = parseArgs({ args: [], tokens: true });
  assert.deepStrictEqual(Object.keys(r), ['values', 'positionals', 'tokens']);
}
