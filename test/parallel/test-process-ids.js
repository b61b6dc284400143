'use strict';
// pid/ppid and the user/group id functions give non-negative integers.
const assert = require('assert');

const isId = (v) => Number.isInteger(v) && v >= 0;
assert(isId(process.pid) && process.pid > 0, `pid ${process.pid}`);
assert(isId(process.ppid) && process.ppid > 0, `ppid ${process.ppid}`);
assert.notStrictEqual(process.pid, process.ppid);
for (const name of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  assert.strictEqual(typeof process[name], 'function', name);
  assert(isId(process[name]()), `${name}() gave ${process[name]()}`);
}
const groups = process.getgroups();
assert(Array.isArray(groups));
for (const g of groups) assert(isId(g), `group ${g}`);
