'use strict';
// node:http's tables and checks (issue 9): METHODS, STATUS_CODES,
// validateHeaderName/Value with Node's codes and messages, maxHeaderSize,
// and request argument errors.
require('../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.METHODS.includes('GET'));
assert.ok(http.METHODS.includes('QUERY'));
assert.ok(!http.METHODS.includes('PRI'));
assert.deepStrictEqual(http.METHODS, [...http.METHODS].sort());
assert.strictEqual(http.METHODS.length, 35);
assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[418], "I'm a Teapot");
assert.strictEqual(http.STATUS_CODES[511], 'Network Authentication Required');
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);
assert.strictEqual(http.maxHeaderSize, 16384);

http.validateHeaderName('x-ok');
assert.throws(() => http.validateHeaderName('a b'), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  name: 'TypeError',
  message: 'Header name must be a valid HTTP token ["a b"]',
});
http.validateHeaderValue('x', 'tab\tand obs-text \xff');
assert.throws(() => http.validateHeaderValue('x', 'a\r\nb'), {
  code: 'ERR_INVALID_CHAR',
  message: 'Invalid character in header content ["x"]',
});
assert.throws(() => http.validateHeaderValue('x', undefined), {
  code: 'ERR_HTTP_INVALID_HEADER_VALUE',
  message: 'Invalid value "undefined" for header "x"',
});
assert.throws(() => http.request('ftp://example.com/'), {
  code: 'ERR_INVALID_PROTOCOL',
  message: 'Protocol "ftp:" not supported. Expected "http:"',
});
assert.throws(() => http.request({ path: '/a b' }), {
  code: 'ERR_UNESCAPED_CHARACTERS',
  message: 'Request path contains unescaped characters',
});
assert.throws(() => http.request({ method: 'BAD METHOD' }), {
  code: 'ERR_INVALID_HTTP_TOKEN',
  message: 'Method must be a valid HTTP token ["BAD METHOD"]',
});
const res = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1 });
assert.throws(() => res.writeHead(99), {
  code: 'ERR_HTTP_INVALID_STATUS_CODE',
  name: 'RangeError',
  message: 'Invalid status code: 99',
});
assert.throws(() => res.setHeader('x', ['ok', 'bad\n']), { code: 'ERR_INVALID_CHAR' });
