'use strict';
// navigator's values as Node 24 reports them.
require('../common');
const assert = require('assert');
const os = require('os');

assert.strictEqual(navigator.hardwareConcurrency, os.availableParallelism());
assert.strictEqual(navigator.userAgent, `Node.js/${process.versions.node.split('.')[0]}`);
const platforms = { linux: { x64: 'Linux x86_64', ia32: 'Linux i686' }, darwin: {}, win32: {} };
if (process.platform === 'linux') {
  assert.strictEqual(navigator.platform, platforms.linux[process.arch] ?? `Linux ${process.arch}`);
} else if (process.platform === 'darwin') {
  assert.strictEqual(navigator.platform, 'MacIntel');
}
assert.strictEqual(typeof navigator.language, 'string');
assert.notStrictEqual(navigator.language, '');
assert.strictEqual(navigator.language, new Intl.Collator().resolvedOptions().locale);
assert.deepStrictEqual(navigator.languages, [navigator.language]);
assert.strictEqual(navigator.languages, navigator.languages);
assert.ok(Object.isFrozen(navigator.languages));
assert.deepStrictEqual(Object.keys(navigator), []);
for (const name of ['hardwareConcurrency', 'language', 'languages', 'userAgent', 'platform']) {
  const d = Object.getOwnPropertyDescriptor(Navigator.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.enumerable, true, name);
}
assert.strictEqual(require('util').inspect(navigator), 'Navigator {}');
