'use strict';
// url.fileURLToPath on POSIX and with { windows: true }.
require('../common');
const assert = require('assert');
const { fileURLToPath, fileURLToPathBuffer } = require('url');

assert.strictEqual(fileURLToPath('file:///a%20b/c%C3%A9'), '/a b/c\u00e9');
assert.strictEqual(fileURLToPath(new URL('file://localhost/x?q#h')), '/x');
assert.strictEqual(fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/x' }), '/x');
assert.throws(() => fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => fileURLToPath('http://x/'), { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => fileURLToPath(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fileURLToPath('not a url'), { code: 'ERR_INVALID_URL' });
assert.throws(() => fileURLToPath('file:///%E0'), URIError);

assert.strictEqual(fileURLToPath('file:///C:/a%20b/c', { windows: true }), 'C:\\a b\\c');
assert.strictEqual(fileURLToPath('file://server/share/x', { windows: true }), '\\\\server\\share\\x');
assert.strictEqual(fileURLToPath('file://xn--espaol-zwa/x', { windows: true }), '\\\\espa\u00f1ol\\x');
assert.throws(() => fileURLToPath('file:///a', { windows: true }), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute',
});
assert.throws(() => fileURLToPath('file:///C:/a%5Cb', { windows: true }), {
  message: 'File URL path must not include encoded \\ or / characters',
});
assert.deepStrictEqual(fileURLToPathBuffer('file:///a'), Buffer.from('/a'));
// The URL rides on an ERR_INVALID_FILE_URL_PATH error as `input`.
assert.throws(() => fileURLToPath('file:///a%2F/'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_FILE_URL_PATH');
  assert.ok(err.input instanceof URL);
  assert.strictEqual(err.input.href, 'file:///a%2F/');
  return true;
});
