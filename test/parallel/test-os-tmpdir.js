'use strict';
// os.tmpdir(): the first non-empty of TMPDIR, TMP and TEMP, read at each
// call, with one trailing slash removed (but '/' kept); '/tmp' otherwise.
// TEMPDIR, which libuv also reads, is not consulted.
const assert = require('assert');
const os = require('os');

for (const name of ['TMPDIR', 'TMP', 'TEMP', 'TEMPDIR']) delete process.env[name];
assert.strictEqual(os.tmpdir(), '/tmp');

process.env.TEMPDIR = '/from/tempdir';
assert.strictEqual(os.tmpdir(), '/tmp');

process.env.TEMP = '/from/temp/';
assert.strictEqual(os.tmpdir(), '/from/temp');
process.env.TMP = '/from/tmp';
assert.strictEqual(os.tmpdir(), '/from/tmp');
process.env.TMPDIR = '/from/tmpdir//';
assert.strictEqual(os.tmpdir(), '/from/tmpdir/');

// An empty variable is skipped.
process.env.TMPDIR = '';
assert.strictEqual(os.tmpdir(), '/from/tmp');
process.env.TMP = '';
assert.strictEqual(os.tmpdir(), '/from/temp');

process.env.TMPDIR = '/';
assert.strictEqual(os.tmpdir(), '/');
process.env.TMPDIR = '//';
assert.strictEqual(os.tmpdir(), '/');
process.env.TMPDIR = 'relative/dir/';
assert.strictEqual(os.tmpdir(), 'relative/dir');
process.env.TMPDIR = '/caf\u00e9/\u6f22\u5b57';
assert.strictEqual(os.tmpdir(), '/caf\u00e9/\u6f22\u5b57');

// It converts to its value, as Node's os functions do.
process.env.TMPDIR = '/as/primitive/';
assert.strictEqual(`${os.tmpdir}`, '/as/primitive');
assert.strictEqual(os.tmpdir.length, 0);
