'use strict';
// url.format(URL, options) and what node:url exports.
require('../common');
const assert = require('assert');
const url = require('url');

const u = new URL('https://a:b@xn--espaol-zwa.com:81/p?q#h');
assert.strictEqual(url.format(u), 'https://a:b@xn--espaol-zwa.com:81/p?q#h');
assert.strictEqual(url.format(u, { unicode: true, auth: false, search: false, fragment: false }),
                   'https://espa\u00f1ol.com:81/p');
assert.strictEqual(url.format(new URL('mailto:x@y?s#f'), { search: false }), 'mailto:x@y#f');
assert.strictEqual(url.format(new URL('file:///a')), 'file:///a');
assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
for (const name of ['Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams',
  'domainToASCII', 'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions']) {
  assert.ok(name in url, name);
}
assert.strictEqual(require('node:url'), url);
