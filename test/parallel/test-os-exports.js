'use strict';
// node:os exports Node's names in Node's order, plus constants, EOL and
// devNull; `node:os` and `os` are the same module.
const assert = require('assert');
const os = require('os');

assert.strictEqual(require('node:os'), os);
assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority',
  'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release',
  'setPriority', 'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version',
  'machine', 'constants', 'EOL', 'devNull',
]);
for (const key of Object.keys(os)) {
  if (key === 'constants' || key === 'EOL' || key === 'devNull') continue;
  assert.strictEqual(typeof os[key], 'function', key);
  const d = Object.getOwnPropertyDescriptor(os, key);
  assert.strictEqual(d.writable, true, key);
  assert.strictEqual(d.enumerable, true, key);
  assert.strictEqual(d.configurable, true, key);
}
assert.strictEqual(os.setPriority.length, 2);
assert.strictEqual(os.getPriority.length, 1);
