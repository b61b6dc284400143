'use strict';
// process.env is live: values set are visible, coerced to strings, listed by
// Object.keys and `in`, and delete removes them.
const assert = require('assert');

const KEY = 'KILN_TEST_PROCESS_ENV_VAR';
assert.strictEqual(process.env[KEY], undefined);
assert.strictEqual(KEY in process.env, false);

process.env[KEY] = 'hello';
assert.strictEqual(process.env[KEY], 'hello');
assert.strictEqual(KEY in process.env, true);
assert(Object.keys(process.env).includes(KEY));
assert.strictEqual(Object.prototype.hasOwnProperty.call(process.env, KEY), true);

process.env[KEY] = 42;
assert.strictEqual(process.env[KEY], '42');
process.env[KEY] = true;
assert.strictEqual(process.env[KEY], 'true');
process.env[KEY] = null;
assert.strictEqual(process.env[KEY], 'null');
process.env[KEY] = undefined;
assert.strictEqual(process.env[KEY], 'undefined');
process.env[KEY] = '';
assert.strictEqual(process.env[KEY], '');
assert.strictEqual(KEY in process.env, true);

assert.strictEqual(delete process.env[KEY], true);
assert.strictEqual(process.env[KEY], undefined);
assert.strictEqual(KEY in process.env, false);
assert(!Object.keys(process.env).includes(KEY));
// Deleting a missing variable is fine too.
assert.strictEqual(delete process.env[KEY], true);

// Values from the environment are strings.
for (const k of Object.keys(process.env)) {
  assert.strictEqual(typeof process.env[k], 'string', k);
}
