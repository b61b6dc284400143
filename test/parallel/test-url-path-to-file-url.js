'use strict';
// url.pathToFileURL on POSIX and with { windows: true }.
require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

assert.ok(pathToFileURL('/x') instanceof URL);
assert.strictEqual(pathToFileURL('/tmp/a b/').href, 'file:///tmp/a%20b/');
assert.strictEqual(pathToFileURL('/a/../b/.').href, 'file:///b');
assert.strictEqual(pathToFileURL('/dir//').href, 'file:///dir/');
assert.strictEqual(pathToFileURL('rel').href, `file://${path.resolve('rel')}`);
assert.strictEqual(pathToFileURL('/a b?c#d%e\\f\n\t"<>{}^`|[]~!$&\'()*+,;=:@\u00e9\u{1F600}').href,
                   'file:///a%20b%3Fc%23d%25e%5Cf%0A%09%22%3C%3E%7B%7D%5E%60%7C%5B%5D%7E!$&\'()*+,;=:@%C3%A9%F0%9F%98%80');
assert.strictEqual(pathToFileURL('/x\x7f\x01').href, 'file:///x%7F');
assert.strictEqual(pathToFileURL('/x\x01y ').href, 'file:///x%01y%20');
assert.throws(() => pathToFileURL(5), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(pathToFileURL('C:\\a b\\c?', { windows: true }).href, 'file:///C:/a%20b/c%3F');
assert.strictEqual(pathToFileURL('C:\\dir\\', { windows: true }).href, 'file:///C:/dir/');
assert.strictEqual(pathToFileURL('\\\\server\\share\\f', { windows: true }).href, 'file://server/share/f');
assert.strictEqual(pathToFileURL('\\\\?\\UNC\\srv\\sh\\a b', { windows: true }).href, 'file://srv/sh/a%20b');
assert.strictEqual(pathToFileURL('\\\\s\u00e9rver\\sh\\f', { windows: true }).href, 'file://xn--srver-bsa/sh/f');
assert.throws(() => pathToFileURL('\\\\server', { windows: true }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'path' Missing UNC resource path. Received '\\\\\\\\server'",
});
assert.throws(() => pathToFileURL('\\\\\\x', { windows: true }), { code: 'ERR_INVALID_ARG_VALUE' });
