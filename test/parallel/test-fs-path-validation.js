'use strict';
// Paths are strings, Buffers or file: URLs; anything else is
// ERR_INVALID_ARG_TYPE naming the argument, and a NUL byte anywhere is
// ERR_INVALID_ARG_VALUE, for every function that takes a path.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');

const typeError = (name, received) => ({
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: `The "${name}" argument must be of type string or an instance of Buffer or URL. Received ${received}`,
});
const nulError = (name) => ({
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: new RegExp(`^The argument '${name}' must be a string, Uint8Array, or URL without null bytes\\. Received `),
});

const syncOne = ['accessSync', 'existsSync', 'lstatSync', 'mkdirSync', 'openSync', 'readdirSync', 'readFileSync',
  'readlinkSync', 'rmdirSync', 'rmSync', 'statSync', 'statfsSync', 'unlinkSync', 'opendirSync'];
for (const name of syncOne) {
  if (name === 'existsSync') continue;
  assert.throws(() => fs[name](undefined), typeError('path', 'undefined'), name);
  assert.throws(() => fs[name]({}), typeError('path', 'an instance of Object'), name);
  assert.throws(() => fs[name]('a\u0000b'), nulError('path'), name);
  assert.throws(() => fs[name](Buffer.from('a\u0000b')), nulError('path'), name);
}
assert.throws(() => fs.statSync(null), typeError('path', 'null'));
// realpathSync turns anything into a string first, as Node's does.
assert.throws(() => fs.realpathSync(undefined), { code: 'ENOENT', path: `${process.cwd()}/undefined` });
assert.throws(() => fs.realpathSync('a\u0000b'), nulError('path'));
assert.throws(() => fs.statSync(5), typeError('path', 'type number (5)'));
assert.throws(() => fs.statSync(true), typeError('path', 'type boolean (true)'));
assert.throws(() => fs.statSync(new URL('file:///a%00b')), nulError('path'));
assert.throws(() => fs.chmodSync('a\u0000', 0o600), nulError('path'));
assert.throws(() => fs.renameSync('a\u0000', 'b'), nulError('oldPath'));
assert.throws(() => fs.renameSync('a', 'b\u0000'), nulError('newPath'));
assert.throws(() => fs.linkSync('a\u0000', 'b'), nulError('existingPath'));
assert.throws(() => fs.symlinkSync('a\u0000', 'b'), nulError('target'));
assert.throws(() => fs.copyFileSync('a', 'b\u0000'), nulError('dest'));
assert.throws(() => fs.mkdtempSync('a\u0000'), nulError('prefix'));

// Callback forms throw at once, before anything is called back.
assert.throws(() => fs.stat('a\u0000b', common.mustNotCall()), nulError('path'));
assert.throws(() => fs.open(undefined, 'r', common.mustNotCall()), typeError('path', 'undefined'));
assert.throws(() => fs.readFile([], common.mustNotCall()), typeError('path', 'an instance of Array'));
// Promise forms reject.
assert.rejects(fs.promises.stat('a\u0000b'), nulError('path')).then(common.mustCall());
assert.rejects(fs.promises.readFile(undefined), typeError('path', 'undefined')).then(common.mustCall());

// Other URL schemes are refused.
assert.throws(() => fs.statSync(new URL('http://example.com/')), {
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => fs.statSync(new URL('file://host/x')), { code: 'ERR_INVALID_FILE_URL_HOST' });
