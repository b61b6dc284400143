'use strict';
// Node's error messages format their arguments as util.format does: an
// object is inspected, a bigint keeps its n.
const assert = require('assert');
const { Writable } = require('stream');

assert.throws(() => new Writable().setDefaultEncoding({ a: 1 }), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: { a: 1 }',
});
assert.throws(() => Buffer.from('x').toString({}), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: {}' });
assert.throws(() => Buffer.from('x').toString(12n), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 12n' });
assert.throws(() => Buffer.from('x').toString('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
