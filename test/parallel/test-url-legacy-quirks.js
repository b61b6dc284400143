'use strict';
// The behaviours of url.parse() that differ from the WHATWG parser, one
// assertion each, with the reason: these are Node's contract, kept on
// purpose.
require('../common');
const assert = require('assert');
const url = require('url');

process.on('warning', () => {});

function fields(input, ...args) {
  const u = url.parse(input, ...args);
  return { protocol: u.protocol, slashes: u.slashes, auth: u.auth, host: u.host, port: u.port,
           hostname: u.hostname, hash: u.hash, search: u.search, query: u.query,
           pathname: u.pathname, path: u.path, href: u.href };
}
const none = { protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null,
               hash: null, search: null, query: null, pathname: null, path: null, href: null };
const check = (input, want, ...args) =>
  assert.deepStrictEqual(fields(input, ...args), { ...none, ...want }, JSON.stringify(input));

// Leading and trailing C0 controls, spaces, NBSP and BOM are trimmed;
// U+3000 and the like are not.
check('\u0000\t http://a/ \u00a0\ufeff', { protocol: 'http:', slashes: true, host: 'a', hostname: 'a',
                                           pathname: '/', path: '/', href: 'http://a/' });
check('\u3000/x', { pathname: '\u3000/x', path: '\u3000/x', href: '\u3000/x' });

// A "simple path" (no '#', no '@', no whitespace) is taken as it is:
// nothing is escaped, unlike the same path with a hash.
check('/a"b?c<d', { pathname: '/a"b', search: '?c<d', query: 'c<d', path: '/a"b?c<d', href: '/a"b?c<d' });
check('/a"b?c<d#e', { pathname: '/a%22b', search: '?c%3Cd', query: 'c%3Cd', hash: '#e',
                      path: '/a%22b?c%3Cd', href: '/a%22b?c%3Cd#e' });

// Backslashes turn into slashes before the first '?' or '#', and are
// escaped after it.
check('http:\\\\h\\p?q\\r#s\\t', { protocol: 'http:', slashes: true, host: 'h', hostname: 'h',
                                   pathname: '/p', search: '?q%5Cr', query: 'q%5Cr', hash: '#s%5Ct',
                                   path: '/p?q%5Cr', href: 'http://h/p?q%5Cr#s%5Ct' });

// The protocol is lowercased; the host is lowercased; the path keeps case.
check('HTTP://EXAMPLE.com/A', { protocol: 'http:', slashes: true, host: 'example.com',
                                hostname: 'example.com', pathname: '/A', path: '/A',
                                href: 'http://example.com/A' });

// A character no host may hold ends the host and starts the path, unless
// an '@' follows (then everything before it was user info).
check('http://a b/c', { protocol: 'http:', slashes: true, host: 'a', hostname: 'a',
                        pathname: '%20b/c', path: '%20b/c', href: 'http://a/%20b/c' });
check('http://a b@c/', { protocol: 'http:', slashes: true, auth: 'a b', host: 'c', hostname: 'c',
                         pathname: '/', path: '/', href: 'http://a%20b@c/' });
// The last '@' before the path decides; the user info is percent-decoded.
check('http://a@b@c/', { protocol: 'http:', slashes: true, auth: 'a@b', host: 'c', hostname: 'c',
                         pathname: '/', path: '/', href: 'http://a%40b@c/' });
check('http://a%3Ab%40@c/', { protocol: 'http:', slashes: true, auth: 'a:b@', host: 'c', hostname: 'c',
                              pathname: '/', path: '/', href: 'http://a:b%40@c/' });
// Tabs and newlines inside the authority vanish; in the path they are escaped.
check('http://a\tb\n.com/c\td', { protocol: 'http:', slashes: true, host: 'ab.com', hostname: 'ab.com',
                                  pathname: '/c%09d', path: '/c%09d', href: 'http://ab.com/c%09d' });

// A port that is not all digits stays in the hostname, and from there
// moves into the path (with a DEP0170 warning, see the deprecation test).
check('http://a:b/c', { protocol: 'http:', slashes: true, host: 'a', hostname: 'a', pathname: '/:b/c',
                        path: '/:b/c', href: 'http://a/:b/c' });
// A ':' with no digits is dropped.
check('http://a:/', { protocol: 'http:', slashes: true, host: 'a', hostname: 'a', pathname: '/',
                      path: '/', href: 'http://a/' });
// Ports are not range-checked.
check('http://a:99999/', { protocol: 'http:', slashes: true, host: 'a:99999', port: '99999',
                           hostname: 'a', pathname: '/', path: '/', href: 'http://a:99999/' });

// IPv6: brackets stay in host, leave hostname; the path becomes absolute.
check('http://[::1]:8', { protocol: 'http:', slashes: true, host: '[::1]:8', port: '8', hostname: '::1',
                          pathname: '/', path: '/', href: 'http://[::1]:8/' });

// Slashed protocols (http, https, ftp, gopher, file, ws, wss) get '/' as
// the path of a URL with a host; others do not.
check('ws://h', { protocol: 'ws:', slashes: true, host: 'h', hostname: 'h', pathname: '/', path: '/',
                  href: 'ws://h/' });
check('x://h', { protocol: 'x:', slashes: true, host: 'h', hostname: 'h', href: 'x://h' });
// A protocol that is not slashed reads a host right after the colon.
check('mailto:a@b.c?s', { protocol: 'mailto:', auth: 'a', host: 'b.c', hostname: 'b.c', search: '?s',
                          query: 's', path: '?s', href: 'mailto:a@b.c?s' });
// javascript: never has a host, and its body is not escaped.
check('javascript://x/ y"', { protocol: 'javascript:', pathname: '//x/ y"', path: '//x/ y"',
                               href: 'javascript://x/ y"' });
check('JavaScript:a b', { protocol: 'javascript:', pathname: 'a b', path: 'a b', href: 'javascript:a b' });

// '//x' is a path unless slashesDenoteHost, or user info shows a host.
check('//x/y', { pathname: '//x/y', path: '//x/y', href: '//x/y' });
check('//x/y', { slashes: true, host: 'x', hostname: 'x', pathname: '/y', path: '/y', href: '//x/y' },
      false, true);
check('//u@x/y', { slashes: true, auth: 'u', host: 'x', hostname: 'x', pathname: '/y', path: '/y',
                   href: '//u@x/y' });

// The search is from the first '?' to the first '#'; '?' inside the hash
// stays there.
check('/a#b?c', { pathname: '/a', hash: '#b?c', path: '/a', href: '/a#b?c' });
check('/a?b?c#d#e', { pathname: '/a', search: '?b?c', query: 'b?c', hash: '#d#e', path: '/a?b?c',
                      href: '/a?b?c#d#e' });

// parseQueryString: a null-prototype object, {} when there is no query.
const q = url.parse('/p?a=1&a=2&b', true).query;
assert.strictEqual(Object.getPrototypeOf(q), null);
assert.deepStrictEqual({ ...q }, { a: ['1', '2'], b: '' });
const empty = url.parse('http://h/p', true);
assert.strictEqual(empty.search, null);
assert.deepStrictEqual({ ...empty.query }, {});
assert.strictEqual(Object.getPrototypeOf(empty.query), null);

// A hostname over 255 characters becomes empty (the rest is kept as path).
const long = url.parse(`http://${'a'.repeat(256)}/p`);
assert.strictEqual(long.hostname, '');
assert.strictEqual(long.pathname, '/p');
assert.strictEqual(url.parse(`http://${'a'.repeat(255)}/p`).hostname.length, 255);

// Trailing dots are kept.
assert.strictEqual(url.parse('http://a.b./').hostname, 'a.b.');

// A Url is returned as it is.
const u = url.parse('http://a/');
assert.strictEqual(url.parse(u), u);
