'use strict';
// url.parse() against a table of Node 24's results (every field, in order,
// for all four combinations of parseQueryString and slashesDenoteHost):
// test/fixtures/url-legacy/parse.json, made by
// tools/gen-url-legacy-fixtures.js.
const { fixtures } = require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

// A fixture's error: its name, and its code when it has one.
const errorLike = (e) => (e.code === undefined ? { name: e.name } : { name: e.name, code: e.code });

const kFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

function expected(fields) {
  const out = {};
  kFields.forEach((k, i) => {
    const v = fields[i];
    if (v !== null && typeof v === 'object') {
      // A parsed query string: an object without a prototype.
      const q = { __proto__: null };
      for (const [key, value] of v.q) q[key] = value;
      out[k] = q;
    } else {
      out[k] = v;
    }
  });
  return out;
}

const cases = require(fixtures.path('url-legacy', 'parse.json'));
assert.ok(cases.length > 500);
for (const { input, args, fields, error } of cases) {
  const what = `url.parse(${JSON.stringify(input)}, ${args.join(', ')})`;
  if (error) {
    assert.throws(() => url.parse(input, ...args), errorLike(error), what);
    continue;
  }
  const u = url.parse(input, ...args);
  assert.ok(u instanceof url.Url, what);
  assert.deepStrictEqual(Object.keys(u), kFields, what);
  const want = expected(fields);
  for (const k of kFields) {
    if (k === 'query' && want.query !== null && typeof want.query === 'object') {
      assert.strictEqual(Object.getPrototypeOf(u.query), null, `${what}: query prototype`);
      assert.deepStrictEqual({ ...u.query }, { ...want.query }, `${what}: query`);
    } else {
      assert.strictEqual(u[k], want[k], `${what}: ${k}`);
    }
  }
}
