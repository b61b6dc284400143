'use strict';
// URLPattern canonicalizes a pattern's fixed text, and a dictionary's
// members when matching, the way the URL parser would: percent-encoding,
// IDNA and lowercase hostnames, ports, dot segments, opaque paths. (Where
// Node departs from the standard, this is Node's way.)
require('../common');
const assert = require('assert');

// The pattern of one component given alone, and the input it canonicalizes
// a dictionary member to.
function pattern(component, value, extra) {
  return new URLPattern({ ...extra, [component]: value })[component];
}
function input(component, value, extra) {
  const r = new URLPattern().exec({ ...extra, [component]: value });
  return r === null ? null : r[component].input;
}
function both(component, value, expected, extra) {
  assert.strictEqual(pattern(component, value, extra), expected, `pattern ${component} ${JSON.stringify(value)}`);
  assert.strictEqual(input(component, value, extra), expected, `input ${component} ${JSON.stringify(value)}`);
}

// Protocol: a scheme name, lowercased; nothing trimmed.
both('protocol', 'HTTPS', 'https');
assert.strictEqual(input('protocol', 'GIT+SSH'), 'git+ssh');
assert.strictEqual(pattern('protocol', 'GIT\\+SSH'), 'git\\+ssh');
assert.strictEqual(input('protocol', ' http'), null);
assert.strictEqual(input('protocol', 'ht\ttp'), null);
assert.strictEqual(input('protocol', '1abc'), null);

// Username and password: the userinfo percent-encode set, nothing stripped.
both('username', 'J\u00f6rg', 'J%C3%B6rg');
both('username', 'a b', 'a%20b');
assert.strictEqual(input('username', 'a@b:c/d'), 'a%40b%3Ac%2Fd');
assert.strictEqual(input('password', 'p\tw'), 'p%09w');
both('password', 'x%41', 'x%41');

// Hostname: IDNA, lowercase, IPv4 normalized, percent-decoded; tabs and
// newlines removed; anything after a '/', '?', '#' or '\' dropped.
both('hostname', 'B\u00fccher.Example', 'xn--bcher-kva.example');
both('hostname', 'EXAMPLE.test', 'example.test');
both('hostname', '0x7f.1', '127.0.0.1');
both('hostname', 'a%41', 'aa');
both('hostname', 'ex\tample.test', 'example.test');
assert.strictEqual(input('hostname', 'example.test/path'), 'example.test');
assert.strictEqual(input('hostname', 'a\\b'), 'a');
assert.strictEqual(input('hostname', 'a b'), null);
assert.strictEqual(input('hostname', 'a:1'), null);
assert.strictEqual(input('hostname', '[::1]'), '[::1]');
// An IPv6 pattern is lowercased, its ':' escaped.
assert.strictEqual(pattern('hostname', '[\\:\\:AB]'), '[\\:\\:ab]');
assert.strictEqual(new URLPattern({ hostname: '[\\:\\:ab]' }).test({ hostname: '[::AB]' }), true);

// Port: tabs and newlines removed, the leading digits, at most 65535; the
// scheme's default port is none when matching.
both('port', '0080', '80');
both('port', '8\t0', '80');
both('port', '1e3', '1');
both('port', '\t', '');
assert.strictEqual(input('port', ' 80'), null);
assert.strictEqual(input('port', '65536'), null);
assert.strictEqual(input('port', '443', { protocol: 'https' }), '');
assert.strictEqual(input('port', '443', { protocol: 'http' }), '443');
assert.strictEqual(input('port', '21', { protocol: 'ftp' }), '');
// A compiled pattern's port is kept, whatever the scheme.
assert.strictEqual(pattern('port', '443'), '443');

// Pathname: the path percent-encode set, dot segments, tabs and newlines
// removed; a backslash is kept, and '?' and '#' are encoded.
both('pathname', '/caf\u00e9 menu', '/caf%C3%A9%20menu');
both('pathname', '/a/./b/../c', '/a/c');
both('pathname', '/a\tb', '/ab');
assert.strictEqual(input('pathname', '/a\\b'), '/a\\b');
assert.strictEqual(input('pathname', '/a?b#c'), '/a%3Fb%23c');
assert.strictEqual(input('pathname', ' /x '), '%20/x%20');
// A relative pathname stays relative.
both('pathname', 'a/./b', 'a/b');
// Only a special scheme's (or no scheme's) pathname is a path; another's
// is opaque: the C0 control percent-encode set, trailing spaces trimmed,
// and parsed as a whole, so '?' and '#' end it.
both('pathname', 'a b/%zz', 'a b/%zz', { protocol: 'mailto' });
assert.strictEqual(input('pathname', 'a b ', { protocol: 'mailto' }), 'a b');
assert.strictEqual(input('pathname', 'x\u0001y\u00e9', { protocol: 'data' }), 'x%01y%C3%A9');
assert.strictEqual(input('pathname', 'x?y', { protocol: 'data' }), 'x');
assert.strictEqual(input('pathname', '/a b/../c', { protocol: 'http' }), '/c');
assert.strictEqual(input('pathname', '/a b/../c', { protocol: 'file' }), '/c');

// Search and hash: one leading '?' or '#' dropped; the query and fragment
// percent-encode sets, with Node's non-special query set (' is kept).
both('search', "?q=a b<'", "q=a%20b%3C'");
both('hash', '#a b`', 'a%20b%60');
both('hash', '##x', '#x');
both('search', 'a\tb', 'ab');
// When matching a dictionary, Node drops a second leading '?' too.
assert.strictEqual(input('search', '??x'), 'x');
// A URL string is parsed as usual: a special URL's query encodes '.
assert.strictEqual(new URLPattern().exec("https://a.test/?q='").search.input, 'q=%27');

// Patterns are canonicalized piece by piece: only the fixed text, around
// the groups.
assert.strictEqual(new URLPattern({ pathname: '/caf\u00e9/:x/ a' }).pathname, '/caf%C3%A9/:x/%20a');
assert.strictEqual(new URLPattern({ hostname: 'B\u00fccher.:tld' }).hostname, 'xn--bcher-kva.:tld');
assert.strictEqual(new URLPattern({ search: 'q=:v&x=\u00e9' }).search, 'q=:v&x=%C3%A9');
assert.strictEqual(new URLPattern({ pathname: '/caf\u00e9/*' }).test('https://x.test/caf\u00e9/a'), true);
