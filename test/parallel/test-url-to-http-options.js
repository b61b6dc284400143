'use strict';
// url.urlToHttpOptions: a null-prototype object for http.request.
require('../common');
const assert = require('assert');
const { urlToHttpOptions } = require('url');

const o = urlToHttpOptions(new URL('https://a%20b:c@[::1]:99/p?q#h'));
assert.strictEqual(Object.getPrototypeOf(o), null);
assert.deepStrictEqual({ ...o }, {
  protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p', path: '/p?q',
  href: 'https://a%20b:c@[::1]:99/p?q#h', port: 99, auth: 'a b:c',
});
const plain = urlToHttpOptions(new URL('http://example.com'));
assert.strictEqual('port' in plain, false);
assert.strictEqual('auth' in plain, false);
assert.strictEqual(plain.path, '/');
const extended = new URL('http://x/');
extended.extra = 1;
assert.strictEqual(urlToHttpOptions(extended).extra, 1);
// Anything but an object (arrays and functions are objects here) throws.
for (const bad of ['http://x/', null, undefined, 5]) {
  assert.throws(() => urlToHttpOptions(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => urlToHttpOptions('http://x/'), {
  message: 'The "url" argument must be of type object. Received type string (\'http://x/\')',
});
assert.strictEqual(urlToHttpOptions([]).path, '');
