'use strict';
// util.parseArgs({ allowNegative: true }): --no-name sets the boolean
// `name` to false, and the token shows the name without its prefix.
const assert = require('assert');
const { parseArgs } = require('util');

const values = (config) => parseArgs(config).values;

{
  const r = parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true,
                        tokens: true });
  assert.deepStrictEqual(r.values, { __proto__: null, color: false });
  assert.deepStrictEqual(r.tokens, [{ kind: 'option', name: 'color', rawName: '--no-color', index: 0,
                                      value: undefined, inlineValue: undefined }]);
}
// The last one wins; multiple collects; defaults are overridden.
assert.deepStrictEqual(values({ args: ['--no-color', '--color'], options: { color: { type: 'boolean' } },
                                allowNegative: true }), { __proto__: null, color: true });
assert.deepStrictEqual(values({ args: ['--color', '--no-color'], options: { color: { type: 'boolean' } },
                                allowNegative: true }), { __proto__: null, color: false });
assert.deepStrictEqual(values({ args: ['--no-c', '--no-c'], options: { c: { type: 'boolean', multiple: true } },
                                allowNegative: true }), { __proto__: null, c: [false, false] });
assert.deepStrictEqual(values({ args: ['--no-c'], options: { c: { type: 'boolean', default: true } },
                                allowNegative: true }), { __proto__: null, c: false });
// Without strict, any --no-x is x = false...
assert.deepStrictEqual(values({ args: ['--no-x', '--no-no-y'], strict: false, allowNegative: true }),
                       { __proto__: null, x: false, 'no-y': false });
// ... but one with a value is left as it is.
assert.deepStrictEqual(values({ args: ['--no-x=v'], strict: false, allowNegative: true }),
                       { __proto__: null, 'no-x': 'v' });
// A declared 'no-x' passes the check, then is stored as x = false.
assert.deepStrictEqual(values({ args: ['--no-x'], options: { 'no-x': { type: 'boolean' } }, allowNegative: true }),
                       { __proto__: null, x: false });
// So is a short option whose long name starts with 'no-'.
assert.deepStrictEqual(values({ args: ['-n'], options: { 'no-x': { type: 'boolean', short: 'n' } },
                                allowNegative: true }), { __proto__: null, x: false });
// Strict: only booleans can be negated, and without a value.
assert.throws(() => parseArgs({ args: ['--no-color'], options: { color: { type: 'string' } }, allowNegative: true }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--no-color'" });
assert.throws(() => parseArgs({ args: ['--no-color=x'], options: { color: { type: 'boolean' } }, allowNegative: true }),
              { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--color' does not take an argument" });
// Without allowNegative, --no-color is just unknown.
assert.throws(() => parseArgs({ args: ['--no-color'], options: { color: { type: 'boolean' } } }),
              { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--no-color'" });
