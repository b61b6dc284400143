'use strict';
// module.createRequire(filename) makes a require function that resolves as if
// called from that file. It accepts an absolute path, a file: URL string or a
// URL object; a directory must end with '/' (otherwise its last segment is
// taken as a file name). Relative paths are rejected.
const { fixtures } = require('../common');
const assert = require('assert');
const { createRequire } = require('module');

const dir = fixtures.path('module', 'nm', 'a', 'b', 'c');
const fromPath = createRequire(`${dir}/user.js`);
assert.strictEqual(typeof fromPath, 'function');
assert.strictEqual(typeof fromPath.resolve, 'function');
assert.strictEqual(typeof fromPath.resolve.paths, 'function');
assert.strictEqual(fromPath.cache, require.cache);

assert.deepStrictEqual(fromPath('shared'), { from: 'nm/a/node_modules/shared' });
assert.strictEqual(fromPath('./user.js'), require(`${dir}/user.js`));
assert.strictEqual(fromPath.resolve('../../node_modules/shared'),
                   fixtures.path('module', 'nm', 'a', 'node_modules', 'shared', 'index.js'));
assert.strictEqual(fromPath.resolve.paths('x')[0], `${dir}/node_modules`);
assert.strictEqual(fromPath('path'), require('path'));

// The file does not have to exist.
const fromUrl = createRequire(`file://${dir}/not-a-real-file.js`);
assert.strictEqual(fromUrl.resolve('./user'), `${dir}/user.js`);

assert.strictEqual(createRequire(`${dir}/`).resolve('./user'), `${dir}/user.js`);
// Without the trailing slash, 'c' is treated as a file in 'b'.
assert.throws(() => createRequire(dir).resolve('./user'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './user'\nRequire stack:\n- ${dir}`,
});
assert.strictEqual(createRequire(dir).resolve('./c/user'), `${dir}/user.js`);

for (const bad of ['relative/file.js', 42, undefined]) {
  assert.throws(() => createRequire(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
}
