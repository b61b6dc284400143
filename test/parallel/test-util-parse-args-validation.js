'use strict';
// util.parseArgs: the configuration is checked before any argument is read.
const assert = require('assert');
const { parseArgs } = require('util');

function throwsWith(config, code, message) {
  assert.throws(() => parseArgs(config), { code, message });
}
const TYPE = 'ERR_INVALID_ARG_TYPE';

throwsWith({ args: 'x' }, TYPE, 'The "args" argument must be an instance of Array. Received type string (\'x\')');
throwsWith({ args: [], strict: 1 }, TYPE, 'The "strict" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], allowPositionals: 1 }, TYPE,
           'The "allowPositionals" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], tokens: 1 }, TYPE, 'The "tokens" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], allowNegative: 1 }, TYPE,
           'The "allowNegative" argument must be of type boolean. Received type number (1)');
throwsWith({ args: [], options: 1 }, TYPE, 'The "options" argument must be of type object. Received type number (1)');
throwsWith({ args: [], options: { foo: 1 } }, TYPE,
           'The "options.foo" property must be of type object. Received type number (1)');
throwsWith({ args: [], options: { foo: { type: 'number' } } }, TYPE,
           'The "options.foo.type" property must be (\'string|boolean\'). Received type string (\'number\')');
throwsWith({ args: [], options: { foo: { short: 'f' } } }, TYPE,
           'The "options.foo.type" property must be (\'string|boolean\'). Received undefined');
throwsWith({ args: [], options: { foo: { type: 'string', short: 1 } } }, TYPE,
           'The "options.foo.short" property must be of type string. Received type number (1)');
throwsWith({ args: [], options: { foo: { type: 'string', short: 'ab' } } }, 'ERR_INVALID_ARG_VALUE',
           "The property 'options.foo.short' must be a single character. Received 'ab'");
throwsWith({ args: [], options: { foo: { type: 'string', multiple: 1 } } }, TYPE,
           'The "options.foo.multiple" property must be of type boolean. Received type number (1)');
// Options are checked even when no argument uses them.
throwsWith({ args: ['--ok'], options: { ok: { type: 'boolean' }, bad: {} } }, TYPE, /options\.bad\.type/);
// An inherited type does not count.
throwsWith({ args: [], options: { x: { __proto__: { type: 'string' } } } }, TYPE, /options\.x\.type/);
// Inherited config properties are ignored.
assert.deepStrictEqual(parseArgs({ __proto__: { args: ['--x'] }, strict: false }),
                       { values: { __proto__: null }, positionals: [] });
// A null config is a TypeError.
assert.throws(() => parseArgs(null), TypeError);
