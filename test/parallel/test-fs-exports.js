'use strict';
// What node:fs and node:fs/promises export, and that fs.promises is the
// same object as require('fs/promises').
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');

assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);
assert.strictEqual(require('node:fs'), fs);

const callbackAndSync = ['access', 'appendFile', 'chmod', 'chown', 'close', 'copyFile', 'cp', 'exists', 'fchmod',
  'fchown', 'fdatasync', 'fstat', 'fsync', 'ftruncate', 'futimes', 'lchown', 'link', 'lstat', 'lutimes', 'mkdir',
  'mkdtemp', 'open', 'opendir', 'readdir', 'read', 'readv', 'readFile', 'readlink', 'realpath', 'rename', 'rm',
  'rmdir', 'stat', 'statfs', 'symlink', 'truncate', 'unlink', 'utimes', 'writeFile', 'write', 'writev'];
for (const name of callbackAndSync) {
  assert.strictEqual(typeof fs[name], 'function', name);
  assert.strictEqual(typeof fs[`${name}Sync`], 'function', `${name}Sync`);
}
for (const name of ['watch', 'watchFile', 'unwatchFile', 'createReadStream', 'createWriteStream',
  'mkdtempDisposableSync', 'openAsBlob']) {
  assert.strictEqual(typeof fs[name], 'function', name);
}
assert.strictEqual(typeof fs.realpath.native, 'function');
assert.strictEqual(typeof fs.realpathSync.native, 'function');
for (const name of ['Dirent', 'Stats', 'Dir']) assert.strictEqual(typeof fs[name], 'function', name);
assert.strictEqual(typeof fs._toUnixTimestamp, 'function');
assert.strictEqual(fs._toUnixTimestamp(new Date(1500)), 1.5);

const promiseFns = ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir',
  'readdir', 'readlink', 'symlink', 'lstat', 'stat', 'statfs', 'link', 'unlink', 'chmod', 'lchmod', 'lchown',
  'chown', 'utimes', 'lutimes', 'realpath', 'mkdtemp', 'mkdtempDisposable', 'writeFile', 'appendFile', 'readFile',
  'watch', 'glob'];
for (const name of promiseFns) assert.strictEqual(typeof fsp[name], 'function', name);
assert.strictEqual(fsp.constants, fs.constants);

const desc = Object.getOwnPropertyDescriptor(fs, 'constants');
assert.strictEqual(desc.writable, false);
assert.strictEqual(desc.configurable, false);
assert.strictEqual(Object.getPrototypeOf(fs.constants), null);
