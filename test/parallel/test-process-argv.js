'use strict';
// process.argv is [execPath, absolute path of the script, ...args];
// execArgv is an array of strings, argv0 a string.
const assert = require('assert');
const path = require('path');

assert(Array.isArray(process.argv));
assert(process.argv.length >= 2);
for (const a of process.argv) assert.strictEqual(typeof a, 'string');
assert.strictEqual(process.argv[0], process.execPath);
assert(path.isAbsolute(process.execPath));
assert.strictEqual(process.argv[1], __filename);

assert(Array.isArray(process.execArgv));
for (const a of process.execArgv) assert.strictEqual(typeof a, 'string');

assert.strictEqual(typeof process.argv0, 'string');
assert(process.argv0.length > 0);
