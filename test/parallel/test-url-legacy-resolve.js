'use strict';
// url.resolve() against a table of Node 24's results (RFC 3986's examples
// against many bases, and generated URL-ish strings on either side):
// test/fixtures/url-legacy/resolve.json, made by
// tools/gen-url-legacy-fixtures.js.
const { fixtures } = require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

// A fixture's error: its name, and its code when it has one.
const errorLike = (e) => (e.code === undefined ? { name: e.name } : { name: e.name, code: e.code });

const cases = require(fixtures.path('url-legacy', 'resolve.json'));
assert.ok(cases.length > 2000);
for (const [from, to, { ok, error }] of cases) {
  const what = `url.resolve(${JSON.stringify(from)}, ${JSON.stringify(to)})`;
  if (error) assert.throws(() => url.resolve(from, to), errorLike(error), what);
  else assert.strictEqual(url.resolve(from, to), ok, what);
}

// Url.prototype.resolve is the same operation on a parsed base.
const base = url.parse('http://a/b/c/d;p?q', false, true);
assert.strictEqual(base.resolve('../g'), 'http://a/b/g');
assert.strictEqual(base.resolve('//g'), 'http://g/');
assert.strictEqual(base.resolve(url.parse('?y')), 'http://a/b/c/d;p?y');
