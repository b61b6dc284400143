'use strict';
// __filename is the module's absolute resolved path and __dirname its
// directory; module.filename and module.path carry the same values.
const { fixtures } = require('../common');
const assert = require('assert');
const path = require('path');

assert(path.isAbsolute(__filename));
assert.strictEqual(path.basename(__filename), 'test-module-filename-dirname.js');
assert.strictEqual(__dirname, path.dirname(__filename));
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);

const dir = fixtures.path('module', 'meta');
// Loaded without the extension: the values still name the resolved file.
const info = require('../fixtures/module/meta/info');
assert.strictEqual(info.filename, `${dir}/info.js`);
assert.strictEqual(info.dirname, dir);
assert.strictEqual(info.moduleFilename, `${dir}/info.js`);
assert.strictEqual(info.modulePath, dir);
