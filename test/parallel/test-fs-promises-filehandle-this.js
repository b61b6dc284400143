'use strict';
// A FileHandle method called on something else returns a promise that
// rejects with ERR_INTERNAL_ASSERTION, as Node's do; it does not throw.
const common = require('../common');
const assert = require('assert');
const fsp = require('fs/promises');

(async () => {
  const handle = await fsp.open(__filename);
  try {
    for (const method of ['stat', 'read', 'readFile', 'chmod', 'write', 'sync', 'truncate', 'datasync',
                          'utimes', 'writeFile', 'appendFile', 'readv', 'writev', 'chown']) {
      let promise;
      assert.doesNotThrow(() => { promise = handle[method].call({}); }, method);
      assert(promise instanceof Promise, method);
      await assert.rejects(promise, {
        name: 'Error',
        code: 'ERR_INTERNAL_ASSERTION',
        message: 'handle must be an instance of FileHandle\n' +
          'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
          'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n',
      }, method);
    }
    // The real handle still works.
    assert.strictEqual((await handle.stat()).isFile(), true);
  } finally {
    await handle.close();
  }
})().then(common.mustCall());
