'use strict';
// process.chdir changes process.cwd(); a relative directory is resolved
// against the current one.
const assert = require('assert');
const path = require('path');

const original = process.cwd();
assert.strictEqual(typeof original, 'string');
assert(path.isAbsolute(original));

assert.strictEqual(process.chdir('/'), undefined);
assert.strictEqual(process.cwd(), '/');

process.chdir('/tmp');
process.chdir('..');
assert.strictEqual(process.cwd(), '/');

process.chdir(original);
assert.strictEqual(process.cwd(), original);
