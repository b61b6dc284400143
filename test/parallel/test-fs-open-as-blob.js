'use strict';
// fs.openAsBlob: a Blob of the file's contents with the type given.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Blob } = require('buffer');

(async () => {
  const blob = await fs.openAsBlob(__filename, { type: 'text/javascript' });
  assert.ok(blob instanceof Blob);
  assert.strictEqual(blob.type, 'text/javascript');
  assert.strictEqual(blob.size, fs.statSync(__filename).size);
  assert.strictEqual(await blob.text(), fs.readFileSync(__filename, 'utf8'));
  assert.strictEqual((await fs.openAsBlob(__filename)).type, '');
  assert.throws(() => fs.openAsBlob(__filename, 5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.openAsBlob(5), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => fs.openAsBlob(__filename, { type: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
