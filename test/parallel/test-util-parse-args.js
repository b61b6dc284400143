'use strict';
// util.parseArgs: the forms an option can take, and what they store.
const assert = require('assert');
const { parseArgs } = require('util');

const result = (values, positionals = []) => ({ values: { __proto__: null, ...values }, positionals });

assert.strictEqual(parseArgs.name, 'parseArgs');
assert.strictEqual(parseArgs.length, 0);

// Long options: --flag, --name value, --name=value.
assert.deepStrictEqual(
  parseArgs({ args: ['--flag', '--name', 'v', '--other=w'],
              options: { flag: { type: 'boolean' }, name: { type: 'string' }, other: { type: 'string' } } }),
  result({ flag: true, name: 'v', other: 'w' }));
// The value of --name=value may contain '=' and start with '-'; it may be empty.
assert.deepStrictEqual(
  parseArgs({ args: ['--a=b=c', '--d=-x', '--e='],
              options: { a: { type: 'string' }, d: { type: 'string' }, e: { type: 'string' } } }),
  result({ a: 'b=c', d: '-x', e: '' }));
// A separate value may be anything, even '-' or the empty string.
assert.deepStrictEqual(parseArgs({ args: ['--a', '-'], options: { a: { type: 'string' } } }), result({ a: '-' }));
assert.deepStrictEqual(parseArgs({ args: ['--a', ''], options: { a: { type: 'string' } } }), result({ a: '' }));

// Short options: -f, -f value, -fvalue.
const shortOptions = { flag: { type: 'boolean', short: 'f' }, name: { type: 'string', short: 'n' } };
assert.deepStrictEqual(parseArgs({ args: ['-f', '-n', 'v'], options: shortOptions }), result({ flag: true, name: 'v' }));
assert.deepStrictEqual(parseArgs({ args: ['-nvalue'], options: shortOptions }), result({ name: 'value' }));
assert.deepStrictEqual(parseArgs({ args: ['-n-x'], options: shortOptions }), result({ name: '-x' }));

// The last one wins, unless `multiple` collects them.
assert.deepStrictEqual(
  parseArgs({ args: ['--a', '1', '--a', '2'], options: { a: { type: 'string' } } }), result({ a: '2' }));
assert.deepStrictEqual(
  parseArgs({ args: ['--a', '1', '-a', '2', '--a=3'], options: { a: { type: 'string', short: 'a', multiple: true } } }),
  result({ a: ['1', '2', '3'] }));
assert.deepStrictEqual(
  parseArgs({ args: ['-v', '-v', '--verbose'], options: { verbose: { type: 'boolean', short: 'v', multiple: true } } }),
  result({ verbose: [true, true, true] }));

// Positionals, and '--', after which everything is one.
assert.deepStrictEqual(
  parseArgs({ args: ['a', '--f', 'b', '--', '--f', '-x', '--'], options: { f: { type: 'boolean' } }, allowPositionals: true }),
  result({ f: true }, ['a', 'b', '--f', '-x', '--']));
// A lone '-' is a positional.
assert.deepStrictEqual(parseArgs({ args: ['-'], allowPositionals: true }), result({}, ['-']));

// Without strict, anything goes: unknown options are booleans (or take the
// inline value), and positionals are allowed.
assert.deepStrictEqual(
  parseArgs({ args: ['--unknown', '-xy', '--with=v', 'pos', '--toString'], strict: false }),
  result({ unknown: true, x: true, y: true, with: 'v', toString: true }, ['pos']));
// ... a boolean may carry an inline value, and it is stored.
assert.deepStrictEqual(
  parseArgs({ args: ['--flag=yes'], options: { flag: { type: 'boolean' } }, strict: false }), result({ flag: 'yes' }));
// ... a string option takes the next argument even when it looks like an option.
assert.deepStrictEqual(
  parseArgs({ args: ['--name', '--other'], options: { name: { type: 'string' } }, strict: false }),
  result({ name: '--other' }));
// ... and a string option with no value at all is stored as true.
assert.deepStrictEqual(
  parseArgs({ args: ['--name'], options: { name: { type: 'string' } }, strict: false }), result({ name: true }));

// values has no prototype, and '__proto__' is never stored.
{
  const { values } = parseArgs({ args: ['--__proto__', 'x', '--constructor'], strict: false });
  assert.strictEqual(Object.getPrototypeOf(values), null);
  assert.deepStrictEqual(Object.keys(values), ['constructor']);
  assert.strictEqual(values.constructor, true);
}

// Option names are case-sensitive; non-ASCII names work.
assert.deepStrictEqual(parseArgs({ args: ['--Foo', '-\u00e4'], strict: false }), result({ Foo: true, '\u00e4': true }));

// The result: a plain object with values and positionals (tokens only on request).
{
  const r = parseArgs({ args: [] });
  assert.strictEqual(Object.getPrototypeOf(r), Object.prototype);
  assert.deepStrictEqual(Object.keys(r), ['values', 'positionals']);
}
// parseArgs() with no config reads process.argv (none here).
assert.deepStrictEqual(parseArgs({ strict: false }), result({}));
