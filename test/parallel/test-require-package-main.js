'use strict';
// A directory with a package.json "main" field loads the file it names;
// "main" goes through the same file, extension and index search as a
// relative request, and takes precedence over index.js.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'main');

// With extension; the package also has an index.js that must not be used.
assert.deepStrictEqual(require(`${dir}/withext`), { from: 'lib/entry.js' });
assert.strictEqual(require.resolve(`${dir}/withext`), `${dir}/withext/lib/entry.js`);

// Without extension.
assert.deepStrictEqual(require(`${dir}/noext`), { from: 'lib/entry.js' });
assert.strictEqual(require.resolve(`${dir}/noext`), `${dir}/noext/lib/entry.js`);

// Pointing to a directory: its index.js.
assert.deepStrictEqual(require(`${dir}/todir`), { from: 'lib/index.js' });
assert.strictEqual(require.resolve(`${dir}/todir`), `${dir}/todir/lib/index.js`);

// With a leading './'.
assert.strictEqual(require.resolve(`${dir}/dotslash`), `${dir}/dotslash/lib/entry.js`);

// Pointing to a JSON file.
assert.deepStrictEqual(require(`${dir}/jsonmain`), { from: 'data.json' });

// A package.json without "main" falls back to index.js.
assert.deepStrictEqual(require(`${dir}/emptymain`), { from: 'index.js' });

// The same module is returned whether the directory or the file is named.
assert.strictEqual(require(`${dir}/withext/lib/entry.js`), require(`${dir}/withext`));
