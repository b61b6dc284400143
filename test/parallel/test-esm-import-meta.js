'use strict';
// import.meta: a null-prototype object with dirname, filename, main,
// resolve and url; resolve() gives the URL an import would load (for a
// file that does not exist too), main is true for the entry only.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { pathToFileURL } = require('url');

const dir = path.join(__dirname, '..', 'fixtures', 'esm', 'meta');
const file = path.join(dir, 'main.mjs');
const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.deepStrictEqual(r.stdout.split('\n'), [
  pathToFileURL(file).href,
  file,
  dir,
  'true',
  pathToFileURL(path.join(dir, 'x.mjs')).href,
  'node:fs',
  'node:fs',
  'null',
  'dirname,filename,main,resolve,url',
  '',
]);

import(path.join(dir, 'child.mjs')).then((ns) => {
  assert.strictEqual(ns.meta.main, false);
  assert.strictEqual(ns.meta.url, pathToFileURL(path.join(dir, 'child.mjs')).href);
  assert.throws(() => ns.meta.resolve('no-such-package-anywhere'), { code: 'ERR_MODULE_NOT_FOUND' });
});
