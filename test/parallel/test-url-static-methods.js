'use strict';
// URL.canParse, URL.parse, and the object-URL statics' argument checks.
require('../common');
const assert = require('assert');

assert.strictEqual(URL.canParse('http://a'), true);
assert.strictEqual(URL.canParse('a'), false);
assert.strictEqual(URL.canParse('a', 'http://b/'), true);
assert.strictEqual(URL.canParse('a', undefined), false);
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });

const p = URL.parse('/x?y', 'https://h/a/b');
assert.ok(p instanceof URL);
assert.strictEqual(p.href, 'https://h/x?y');
assert.strictEqual(URL.parse('nope'), null);
assert.strictEqual(URL.parse('x', 'also nope'), null);
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });

assert.throws(() => URL.createObjectURL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
assert.strictEqual(URL.revokeObjectURL('blob:nodedata:nothing'), undefined);

for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL'])
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL, name).enumerable, true, name);

// Object URLs of Blobs, resolved through node:buffer.
const { Blob, resolveObjectURL } = require('buffer');
const blob = new Blob(['hello']);
const id = URL.createObjectURL(blob);
assert.match(id, /^blob:nodedata:/);
assert.strictEqual(new URL(id).protocol, 'blob:');
assert.ok(resolveObjectURL(id) instanceof Blob);
URL.revokeObjectURL(id);
assert.strictEqual(resolveObjectURL(id), undefined);
