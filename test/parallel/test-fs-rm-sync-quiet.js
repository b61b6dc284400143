'use strict';
// rmSync of a tree makes no error object for the failures it expects (a
// full directory's ENOTEMPTY, an entry gone meanwhile): a setter a program
// put on Object.prototype for a system error's field does not run, as in
// Node, whose removal is native (test-fs-writesync-crash cleans up so).
// Real failures still throw Node's errors.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-rm-quiet-'));
fs.mkdirSync(path.join(dir, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a', 'b', 'f'), 'x');
fs.writeFileSync(path.join(dir, 'a', 'g'), 'y');
fs.symlinkSync('missing-target', path.join(dir, 'a', 'link'));

const thrown = new Error('setter ran');
for (const field of ['errno', 'code']) {
  Object.defineProperty(Object.prototype, field, {
    __proto__: null, configurable: true, set() { throw thrown; }, get() { return undefined; },
  });
}
try {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
} finally {
  delete Object.prototype.errno;
  delete Object.prototype.code;
}
assert.strictEqual(fs.existsSync(dir), false);

// A missing path with force is no error; without it, Node's ENOENT.
fs.rmSync(dir, { recursive: true, force: true });
assert.throws(() => fs.rmSync(dir, { recursive: true }),
              { code: 'ENOENT', syscall: 'lstat', path: dir });
