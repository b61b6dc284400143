'use strict';
// util.parseArgs: option defaults fill what the arguments left unset.
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  list: { type: 'string', multiple: true, default: ['x'] },
  flag: { type: 'boolean', default: false },
  name: { type: 'string', default: 'd' },
  flags: { type: 'boolean', multiple: true, default: [true, false] },
};
assert.deepStrictEqual(parseArgs({ args: [], options }).values,
                       { __proto__: null, list: ['x'], flag: false, name: 'd', flags: [true, false] });
// Given values replace the default (for multiple, the whole array).
assert.deepStrictEqual(parseArgs({ args: ['--list', 'q', '--name', 'n', '--flag'], options }).values,
                       { __proto__: null, list: ['q'], flag: true, name: 'n', flags: [true, false] });
// A default array is used as it is, not copied, and not changed by parsing.
{
  const d = ['x'];
  const opts = { list: { type: 'string', multiple: true, default: d } };
  assert.strictEqual(parseArgs({ args: [], options: opts }).values.list, d);
  parseArgs({ args: ['--list', 'b'], options: opts });
  assert.deepStrictEqual(d, ['x']);
}
// Defaults are checked against the type.
const cases = [
  [{ type: 'string', default: 1 }, 'The "options.o.default" property must be of type string. Received type number (1)'],
  [{ type: 'boolean', default: 'x' }, 'The "options.o.default" property must be of type boolean. Received type string (\'x\')'],
  [{ type: 'string', multiple: true, default: ['a', 1] },
   'The "options.o.default[1]" property must be of type string. Received type number (1)'],
  [{ type: 'boolean', multiple: true, default: true },
   'The "options.o.default" property must be an instance of Array. Received type boolean (true)'],
  [{ type: 'boolean', multiple: true, default: [true, 0] },
   'The "options.o.default[1]" property must be of type boolean. Received type number (0)'],
];
for (const [config, message] of cases) {
  assert.throws(() => parseArgs({ args: [], options: { o: config } }), { code: 'ERR_INVALID_ARG_TYPE', message });
}
// An undefined default is no default.
assert.deepStrictEqual(parseArgs({ args: [], options: { o: { type: 'string', default: undefined } } }).values,
                       { __proto__: null });
