'use strict';
// url.domainToASCII and url.domainToUnicode: '' for what is not a valid
// host, as in Node.
require('../common');
const assert = require('assert');
const url = require('url');

assert.strictEqual(url.domainToASCII('espa\u00f1ol.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToASCII('\u4e2d\u6587.com'), 'xn--fiq228c.com');
assert.strictEqual(url.domainToASCII('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToASCII('1.2.3'), '1.2.0.3');
assert.strictEqual(url.domainToASCII('[::1]'), '[::1]');
assert.strictEqual(url.domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToASCII('example.com:80'), '');
assert.strictEqual(url.domainToASCII(''), '');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'espa\u00f1ol.com');
assert.strictEqual(url.domainToUnicode('xn--fiq228c.com'), '\u4e2d\u6587.com');
assert.strictEqual(url.domainToUnicode('ABC.com'), 'abc.com');
assert.strictEqual(url.domainToUnicode('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToUnicode(''), '');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS', message: 'The "domain" argument must be specified' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });
