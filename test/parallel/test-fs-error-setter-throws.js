'use strict';
// A setter a program put on Object.prototype for a field of system errors
// that throws: writeSync, failing, throws what the setter threw, as Node
// does (its test-fs-writesync-crash), instead of swallowing it or crashing.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-setter-'));
const file = path.join(dir, 'f');
fs.writeFileSync(file, '');
const fd = fs.openSync(file, 'r'); // read-only: a write fails with EBADF

for (const field of ['errno', 'code', 'syscall']) {
  const thrown = new Error(`setter of ${field}`);
  Object.defineProperty(Object.prototype, field, {
    __proto__: null,
    configurable: true,
    set() { throw thrown; },
    get() { return undefined; },
  });
  try {
    assert.throws(() => fs.writeSync(fd, 'test'), (e) => e === thrown);
  } finally {
    delete Object.prototype[field];
  }
}

// Without the setter, the same call gives Node's system error.
assert.throws(() => fs.writeSync(fd, 'test'), { code: 'EBADF', syscall: 'write', errno: os.constants.errno.EBADF * -1 });
fs.closeSync(fd);
fs.rmSync(dir, { recursive: true });
