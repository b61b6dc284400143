'use strict';
// A closed FileHandle: every operation rejects with Error('file closed'),
// code EBADF, the syscall Node names; close() waits for operations in
// flight; close is an own property that works unbound.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

(async () => {
  const fh = await fs.promises.open(__filename);
  assert.ok(Object.hasOwn(fh, 'close'));
  const { close } = fh;
  const reading = fh.readFile('utf8');
  const closing = close();
  const text = await reading;
  assert.ok(text.startsWith("'use strict'"));
  await closing;
  assert.strictEqual(fh.fd, -1);

  const cases = [
    ['stat', 'fstat'], ['read', 'read'], ['readFile', 'readFile'], ['write', 'write'],
    ['writeFile', 'writeFile'], ['appendFile', 'writeFile'], ['truncate', 'ftruncate'],
    ['sync', 'fsync'], ['datasync', 'fdatasync'], ['chmod', 'fchmod'], ['chown', 'fchown'],
    ['utimes', 'futimes'], ['readv', 'readv'], ['writev', 'writev'],
  ];
  for (const [method, syscall] of cases) {
    await assert.rejects(fh[method](Buffer.alloc(1)), (err) => {
      assert.strictEqual(err.message, 'file closed');
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, syscall);
      assert.strictEqual(err.name, 'Error');
      return true;
    }, method);
  }
})().then(common.mustCall());

(async () => {
  await assert.rejects(fs.promises.open('/nonexistent/x'), {
    code: 'ENOENT', syscall: 'open', path: '/nonexistent/x',
  });
  await assert.rejects(fs.promises.open(__filename, 'zz'), { code: 'ERR_INVALID_ARG_VALUE' });
  await assert.rejects(fs.promises.open(__filename, 'r', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
