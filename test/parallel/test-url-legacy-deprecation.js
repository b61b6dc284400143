'use strict';
// DEP0169: url.parse() warns once, from code outside node_modules; calls
// from a package neither warn nor use the warning up. url.resolve(),
// url.resolveObject() and url.format(string) parse too; new Url().parse()
// does not warn. DEP0170: a port that is not a number warns once, from
// anywhere, naming the URL.
const common = require('../common');
const assert = require('assert');
const url = require('url');

const dep = require(common.fixtures.path('url-legacy', 'node_modules', 'legacy-user'));

const warnings = [];
process.on('warning', (w) => warnings.push(w));

// Nothing from inside node_modules, nor from Url.prototype.parse.
dep.parse('http://a/');
dep.resolve('http://a/', 'b');
dep.format('http://a/');
new url.Url().parse('http://a/');
url.format({ protocol: 'http', host: 'a' });

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, []);

  // A package calling back into the user's code: the nearest caller is the
  // user's, so this one warns.
  dep.call(() => url.resolve('http://a/', 'b'));
  url.parse('http://b/');
  url.parse('x');

  setImmediate(common.mustCall(() => {
    assert.strictEqual(warnings.length, 1);
    const [w] = warnings;
    assert.strictEqual(w.name, 'DeprecationWarning');
    assert.strictEqual(w.code, 'DEP0169');
    assert.strictEqual(w.message, '`url.parse()` behavior is not standardized and prone to errors that ' +
      'have security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
      '`url.parse()` vulnerabilities.');

    // DEP0170 comes from packages too, once, with the input as given.
    dep.parse(' http://a:b/ ');
    url.parse('http://c:d/');
    setImmediate(common.mustCall(() => {
      assert.strictEqual(warnings.length, 2);
      assert.strictEqual(warnings[1].name, 'DeprecationWarning');
      assert.strictEqual(warnings[1].code, 'DEP0170');
      assert.strictEqual(warnings[1].message,
                         'The URL  http://a:b/  is invalid. Future versions of Node.js will throw an error.');
    }));
  }));
}));
