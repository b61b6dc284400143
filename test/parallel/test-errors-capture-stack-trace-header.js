'use strict';
// The first line of a captured stack is "name: message" built from the
// object's own name and message at capture time.
const assert = require('assert');

const obj = { name: 'Foo', message: 'bar' };
Error.captureStackTrace(obj);
assert.strictEqual(obj.stack.split('\n')[0], 'Foo: bar');

const err = new Error('first');
err.name = 'Renamed';
err.message = 'changed';
Error.captureStackTrace(err);
assert.strictEqual(err.stack.split('\n')[0], 'Renamed: changed');
assert.match(err.stack, /\n {4}at /);

const typeErr = new TypeError('t');
Error.captureStackTrace(typeErr);
assert.strictEqual(typeErr.stack.split('\n')[0], 'TypeError: t');
