'use strict';
// '.' and '..' name the current and parent directory. A trailing '/' forces
// directory resolution, skipping a file of the same name.
const { fixtures } = require('../common');
const assert = require('assert');

const dir = fixtures.path('module', 'dirspec');
const user = require(`${dir}/sub/user.js`);

const subIndex = { from: 'dirspec/sub/index.js' };
assert.deepStrictEqual(user.dot, subIndex);
assert.strictEqual(user.dotSlash, user.dot);
assert.deepStrictEqual(user.dotDot, { from: 'dirspec/index.js' });
assert.strictEqual(user.dotDotSlash, user.dotDot);

// '../sub' finds sub.js; '../sub/' finds sub/index.js.
assert.deepStrictEqual(user.file, { from: 'dirspec/sub.js' });
assert.strictEqual(user.dir, user.dot);
assert.strictEqual(require.resolve(`${dir}/sub`), `${dir}/sub.js`);
assert.strictEqual(require.resolve(`${dir}/sub/`), `${dir}/sub/index.js`);
assert.strictEqual(require.resolve('../fixtures/module/dirspec/'), `${dir}/index.js`);

// A trailing slash on a file name does not find the file.
assert.throws(() => require(`${dir}/sub.js/`), { code: 'MODULE_NOT_FOUND' });
