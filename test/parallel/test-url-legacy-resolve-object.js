'use strict';
// url.resolveObject() against a table of Node 24's results (every field of
// the resolved Url): test/fixtures/url-legacy/resolve-object.json, made by
// tools/gen-url-legacy-fixtures.js; then the cases that depend on objects.
const { fixtures } = require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

// A fixture's error: its name, and its code when it has one.
const errorLike = (e) => (e.code === undefined ? { name: e.name } : { name: e.name, code: e.code });

const kFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

const cases = require(fixtures.path('url-legacy', 'resolve-object.json'));
assert.ok(cases.length > 1000);
for (const { from, to, ok, error } of cases) {
  const what = `url.resolveObject(${JSON.stringify(from)}, ${JSON.stringify(to)})`;
  if (error) {
    assert.throws(() => url.resolveObject(from, to), errorLike(error), what);
    continue;
  }
  const r = url.resolveObject(from, to);
  if (typeof ok === 'string') {
    assert.strictEqual(r, ok, what);
    continue;
  }
  assert.ok(r instanceof url.Url, what);
  assert.deepStrictEqual(Object.keys(r), kFields, what);
  kFields.forEach((k, i) => assert.strictEqual(r[k], ok[i], `${what}: ${k}`));
}

// An empty source returns the relative argument itself, whatever it is.
const rel = { pathname: 'x' };
assert.strictEqual(url.resolveObject('', rel), rel);
assert.strictEqual(url.resolveObject(null, 5), 5);

// The result copies every own enumerable property of the base, extra
// ones too; the base is left alone.
const base = url.parse('http://a/b/c');
base.extra = 1;
const r = base.resolveObject('d');
assert.strictEqual(r.extra, 1);
assert.strictEqual(r.href, 'http://a/b/d');
assert.strictEqual(base.href, 'http://a/b/c');
assert.notStrictEqual(r, base);

// A relative Url with another protocol is written to: Node moves the first
// path segment of 'http:x/y' into its host.
const relUrl = url.parse('https:x/y', false, true);
assert.strictEqual(url.parse('http://a/b').resolveObject(relUrl).href, 'https://x/y');
assert.strictEqual(relUrl.host, 'x');
// ...and a relative of the same non-slashed protocol loses its host to
// the merged path.
const relMail = url.parse('mailto:c@d', false, true);
assert.strictEqual(url.parse('mailto:a@b').resolveObject(relMail).href, 'mailto:c@d');
assert.strictEqual(relMail.host, null);
assert.strictEqual(relMail.hostname, null);

// A plain object works as the relative URL.
assert.strictEqual(url.parse('http://a/b/c').resolveObject({ pathname: '../x', search: '?q' }).href,
                   'http://a/x?q');
// Fields are split with String methods: a number pathname fails there.
assert.throws(() => url.parse('http://a/b').resolveObject({ pathname: 5 }), TypeError);
assert.throws(() => url.resolveObject('http://a/', null), TypeError);
