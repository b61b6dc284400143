'use strict';
// util.inspect of URL, URLSearchParams and its iterators, loosely: the
// shape Node prints, not every byte.
require('../common');
const assert = require('assert');
const util = require('util');

const u = new URL('https://user:pw@example.com:8080/p?q=1#h');
const s = util.inspect(u);
assert.match(s, /^URL \{\n/);
for (const [k, v] of [['href', u.href], ['origin', u.origin], ['protocol', 'https:'], ['host', 'example.com:8080'],
  ['pathname', '/p'], ['search', '?q=1'], ['hash', '#h']]) {
  assert.ok(s.includes(`${k}: '${v}'`), `${k} in ${s}`);
}
assert.ok(s.includes("searchParams: URLSearchParams { 'q' => '1' }"), s);
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2')), "URLSearchParams { 'a' => '1', 'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.match(util.inspect(new URLSearchParams('a=1').keys()), /^URLSearchParams Iterator \{ 'a' \}$/);
assert.match(util.inspect({ u }, { depth: 0 }), /u: URL/);
