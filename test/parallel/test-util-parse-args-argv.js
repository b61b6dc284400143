'use strict';
// util.parseArgs() without args reads process.argv after the executable
// and the script, at the time of the call.
const assert = require('assert');
const { parseArgs } = require('util');

const saved = process.argv;
try {
  process.argv = [saved[0], saved[1], '--name', 'v', 'pos', '-f'];
  assert.deepStrictEqual(parseArgs({
    options: { name: { type: 'string' }, f: { type: 'boolean' } },
    allowPositionals: true,
  }), { values: { __proto__: null, name: 'v', f: true }, positionals: ['pos'] });
  // args given explicitly win.
  assert.deepStrictEqual(parseArgs({ args: [], strict: false }), { values: { __proto__: null }, positionals: [] });
} finally {
  process.argv = saved;
}
