'use strict';
// The errors of the legacy url API: argument types, URLs parse() refuses,
// malformed user info, and user info format() cannot encode.
require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

for (const [value, received] of [
  [42, 'Received type number (42)'],
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [{}, 'Received an instance of Object'],
  [true, 'Received type boolean (true)'],
]) {
  const message = `The "url" argument must be of type string. ${received}`;
  assert.throws(() => url.parse(value), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  assert.throws(() => new url.Url().parse(value), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  assert.throws(() => url.resolve(value, 'x'), { code: 'ERR_INVALID_ARG_TYPE', message });
  assert.throws(() => url.resolve('http://a/', value), { code: 'ERR_INVALID_ARG_TYPE', message });
  assert.throws(() => url.parse('http://a/').resolve(value), { code: 'ERR_INVALID_ARG_TYPE', message });
}
// resolveObject parses its source only when there is one.
assert.throws(() => url.resolveObject({ href: 'x' }, 'y'), { code: 'ERR_INVALID_ARG_TYPE' });

for (const [value, received] of [
  [42, 'Received type number (42)'],
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [Symbol('s'), 'Received type symbol (Symbol(s))'],
]) {
  assert.throws(() => url.format(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "urlObject" argument must be one of type object or string. ${received}`,
  });
}

// ERR_INVALID_URL carries the input, as Node's does.
assert.throws(() => url.parse('http://[::1/x'), (err) => {
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'http://[::1/x');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input']);
  return true;
});
assert.throws(() => url.resolve('http://a/', 'http://x\u200d/'), { code: 'ERR_INVALID_URL' });

// User info is decoded with decodeURIComponent, whose URIError escapes.
assert.throws(() => url.parse('http://%zz@a/'), (err) => {
  assert.ok(err instanceof URIError);
  assert.strictEqual(err.message, 'URI malformed');
  assert.strictEqual(err.code, undefined);
  return true;
});
assert.strictEqual(url.parse('http://a/%zz').pathname, '/%zz');

// format() cannot encode a lone surrogate at the end of the user info.
assert.throws(() => url.format({ auth: '\udc00', host: 'h' }),
              { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
