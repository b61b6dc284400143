'use strict';
// statSync and lstatSync with throwIfNoEntry: false answer undefined for a
// missing path (ENOENT, or ENOTDIR for a file in the way), and still throw
// other errors and argument errors.
const assert = require('assert');
const fs = require('fs');

assert.strictEqual(fs.statSync('/nonexistent/x', { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync('/nonexistent/x', { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.statSync(`${__filename}/x`, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.statSync('/nonexistent/x', { throwIfNoEntry: false, bigint: true }), undefined);
assert.ok(fs.statSync(__filename, { throwIfNoEntry: false }).isFile());
assert.throws(() => fs.statSync('/nonexistent/x', { throwIfNoEntry: true }), { code: 'ENOENT' });
assert.throws(() => fs.statSync('/nonexistent/x', {}), { code: 'ENOENT' });
assert.throws(() => fs.statSync(`${__filename}/x`), { code: 'ENOTDIR', syscall: 'stat' });
assert.throws(() => fs.statSync(undefined, { throwIfNoEntry: false }), { code: 'ERR_INVALID_ARG_TYPE' });
