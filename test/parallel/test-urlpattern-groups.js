'use strict';
// URLPattern pattern syntax: fixed text, named groups (a segment up to the
// component's delimiter), regexp groups, wildcards, "{...}" groups and the
// ? * + modifiers, with the pathname's automatic '/' prefix; and
// hasRegExpGroups.
require('../common');
const assert = require('assert');

// The pathname groups of matching pathname against pattern, as a plain
// object; null when it does not match.
function groups(pattern, pathname, component = 'pathname') {
  const r = new URLPattern({ [component]: pattern }).exec({ [component]: pathname });
  return r === null ? null : { ...r[component].groups };
}

// Fixed text matches itself only.
assert.deepStrictEqual(groups('/about', '/about'), {});
assert.strictEqual(groups('/about', '/about/'), null);
assert.strictEqual(groups('/about', '/About'), null);

// A named group: one or more characters up to the next '/'.
assert.deepStrictEqual(groups('/users/:id', '/users/42'), { id: '42' });
assert.strictEqual(groups('/users/:id', '/users/'), null);
assert.strictEqual(groups('/users/:id', '/users/42/posts'), null);
assert.deepStrictEqual(groups('/:a-:b', '/x-y'), { a: 'x', b: 'y' });
// The shortest match: in '/:a:b' a takes one character.
assert.deepStrictEqual(groups('/:a:b', '/xyz'), { b: 'yz', a: 'x' });
// In a hostname the delimiter is '.'.
assert.deepStrictEqual(groups(':sub.example.test', 'api.example.test', 'hostname'), { sub: 'api' });
assert.strictEqual(groups(':sub.example.test', 'a.b.example.test', 'hostname'), null);
// Elsewhere there is none: a group takes anything.
assert.deepStrictEqual(groups('q=:v', 'q=a/b.c', 'search'), { v: 'a/b.c' });
// Names are identifiers, Unicode ones too.
assert.deepStrictEqual(groups('/:café/:$x/:_y1', '/a/b/c'), { café: 'a', $x: 'b', _y1: 'c' });

// A regexp group, named or not (numbered from 0, in order).
assert.deepStrictEqual(groups('/posts/:id(\\d+)', '/posts/17'), { id: '17' });
assert.strictEqual(groups('/posts/:id(\\d+)', '/posts/abc'), null);
assert.deepStrictEqual(groups('/(\\d+)/(\\w+)', '/7/seven'), { 0: '7', 1: 'seven' });
assert.deepStrictEqual(groups('/:kind(post|page)/:slug', '/page/home'), { kind: 'page', slug: 'home' });
// A regexp group may hold non-capturing groups, and character classes.
assert.deepStrictEqual(groups('/(a(?:b|c)+)', '/abcb'), { 0: 'abcb' });
assert.deepStrictEqual(groups('/([\\w\\-]+)', '/a-b_c'), { 0: 'a-b_c' });
// The regular expression has the 'v' flag, whose classes are strict: a
// lone '-' must be escaped; set operations work.
assert.throws(() => new URLPattern({ pathname: '/([\\w-]+)' }), { code: 'ERR_INVALID_URL_PATTERN' });
assert.throws(() => new URLPattern({ pathname: '/([a-z(])' }), { code: 'ERR_INVALID_URL_PATTERN' });
assert.deepStrictEqual(groups('/([\\w--\\d]+)', '/abc'), { 0: 'abc' });
assert.strictEqual(groups('/([\\w--\\d]+)', '/abc1'), null);
assert.deepStrictEqual(groups('/([\\p{L}&&[a-z]]+)', '/xyz'), { 0: 'xyz' });

// '*' is a full wildcard: anything, '/' too, as greedy as it can be.
assert.deepStrictEqual(groups('/static/*', '/static/js/app.js'), { 0: 'js/app.js' });
assert.deepStrictEqual(groups('/static/*', '/static/'), { 0: '' });
assert.deepStrictEqual(groups('/*/edit', '/a/b/edit'), { 0: 'a/b' });
assert.deepStrictEqual(groups('/*.*', '/a.b.c'), { 0: 'a.b', 1: 'c' });

// Modifiers. '?': optional, taking its '/' prefix along in a pathname.
assert.deepStrictEqual(groups('/items/:id?', '/items'), { id: undefined });
assert.deepStrictEqual(groups('/items/:id?', '/items/3'), { id: '3' });
assert.strictEqual(groups('/items/:id?', '/items/'), null);
// '+': one or more segments, each with its '/'.
assert.deepStrictEqual(groups('/files/:path+', '/files/a/b/c'), { path: 'a/b/c' });
assert.strictEqual(groups('/files/:path+', '/files'), null);
// '*' after a group: zero or more.
assert.deepStrictEqual(groups('/files/:path*', '/files'), { path: undefined });
assert.deepStrictEqual(groups('/files/:path*', '/files/a/b'), { path: 'a/b' });
// On a regexp group too.
assert.deepStrictEqual(groups('/v(\\d+)?', '/v'), { 0: undefined });
assert.deepStrictEqual(groups('/(\\d+)+', '/1/22/333'), { 0: '1/22/333' });

// "{...}": a group of text with its own modifier, or a group whose prefix
// and suffix are given.
assert.deepStrictEqual(groups('/blog{/}?', '/blog'), {});
assert.deepStrictEqual(groups('/blog{/}?', '/blog/'), {});
assert.deepStrictEqual(groups('/book{s}?', '/books'), {});
assert.deepStrictEqual(groups('/book{s}?', '/book'), {});
assert.deepStrictEqual(groups('/img/{:name}.png', '/img/logo.png'), { name: 'logo' });
assert.deepStrictEqual(groups('/img/:name{.:ext}?', '/img/logo'), { name: 'logo', ext: undefined });
assert.deepStrictEqual(groups('/img/:name{.:ext}?', '/img/logo.svg'), { ext: 'svg', name: 'logo' });
assert.deepStrictEqual(groups('/tags{/:tag}*', '/tags/a/b'), { tag: 'a/b' });
assert.deepStrictEqual(groups('/list{-:n(\\d+)-}+', '/list-1--2-'), { n: '1--2' });
// Without the pathname's automatic prefix, "{...}" is how a group is made
// optional alone.
assert.deepStrictEqual(groups('/product/{:id}?', '/product/'), { id: undefined });

// A backslash escapes a character of the syntax.
assert.deepStrictEqual(groups('/a\\:b', '/a:b'), {});
assert.deepStrictEqual(groups('/price\\*', '/price*'), {});
assert.strictEqual(groups('/price\\*', '/price-1'), null);
assert.deepStrictEqual(groups('/q\\?', '/q%3F'), {});

// hasRegExpGroups: only a regexp group counts (one that is what a name or
// '*' would be is not one).
assert.strictEqual(new URLPattern().hasRegExpGroups, false);
assert.strictEqual(new URLPattern({ pathname: '/:id/*' }).hasRegExpGroups, false);
assert.strictEqual(new URLPattern({ pathname: '/:id(\\d+)' }).hasRegExpGroups, true);
assert.strictEqual(new URLPattern({ hostname: '(www|api).example.test' }).hasRegExpGroups, true);
assert.strictEqual(new URLPattern({ hash: ':h(.*)' }).hasRegExpGroups, false);
assert.strictEqual(new URLPattern({ pathname: '/:p([^\\/]+?)' }).hasRegExpGroups, false);
assert.strictEqual(new URLPattern('https://(sub).example.test/').hasRegExpGroups, true);

// Groups in other components than the pathname, together.
const r = new URLPattern('http{s}?://:sub.example.test/:lang(en|fr)/*').exec('https://docs.example.test/fr/a/b');
assert.deepStrictEqual({ ...r.protocol.groups }, {});
assert.deepStrictEqual({ ...r.hostname.groups }, { sub: 'docs' });
assert.deepStrictEqual({ ...r.pathname.groups }, { lang: 'fr', 0: 'a/b' });
assert.strictEqual(new URLPattern('http{s}?://example.test').test('http://example.test/'), true);
assert.strictEqual(new URLPattern('http{s}?://example.test').test('ftp://example.test/'), false);

// Names are unique within a component, not across components.
assert.throws(() => new URLPattern({ pathname: '/:id/:id' }), { code: 'ERR_INVALID_URL_PATTERN' });
const twice = new URLPattern({ hostname: ':id.test', pathname: '/:id' });
assert.strictEqual(twice.test({ hostname: 'a.test', pathname: '/b' }), true);
