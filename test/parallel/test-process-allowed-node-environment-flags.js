'use strict';
// process.allowedNodeEnvironmentFlags is a read-only Set of the flags
// NODE_OPTIONS accepts.
const assert = require('assert');

const flags = process.allowedNodeEnvironmentFlags;
assert(flags instanceof Set);
assert.strictEqual(typeof flags.has, 'function');
assert.strictEqual(flags.has('--no-deprecation'), true);
assert.strictEqual(flags.has('--no-warnings'), true);
assert.strictEqual(flags.has('--not-a-real-flag'), false);
assert(flags.size > 0);
for (const f of flags) assert.strictEqual(typeof f, 'string');

// Mutations are ignored.
flags.add('--kiln-test-added');
assert.strictEqual(flags.has('--kiln-test-added'), false);
flags.delete('--no-warnings');
assert.strictEqual(flags.has('--no-warnings'), true);
