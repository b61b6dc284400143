'use strict';
// URLPattern's ignoreCase option: pathname, search and hash match without
// regard to case; the other components are canonicalized (lowercased)
// anyway, or, for username and password, always case-sensitive.
require('../common');
const assert = require('assert');

function both(init) {
  return [new URLPattern(init), new URLPattern(init, { ignoreCase: true })];
}
const [sensitive, insensitive] = both({ pathname: '/Docs/:page' });
assert.strictEqual(sensitive.test({ pathname: '/docs/intro' }), false);
assert.strictEqual(insensitive.test({ pathname: '/docs/intro' }), true);
assert.strictEqual(insensitive.test({ pathname: '/DOCS/intro' }), true);
// The groups hold the input as it is.
assert.strictEqual(insensitive.exec({ pathname: '/dOcS/InTrO' }).pathname.groups.page, 'InTrO');
const [searchSensitive, searchInsensitive] = both({ search: 'Lang=:l' });
assert.strictEqual(searchSensitive.test({ search: 'lang=en' }), false);
assert.strictEqual(searchInsensitive.exec({ search: 'LANG=EN' }).search.groups.l, 'EN');
const [hashSensitive, hashInsensitive] = both({ hash: 'Top' });
assert.strictEqual(hashSensitive.test({ hash: 'tOP' }), false);
assert.strictEqual(hashInsensitive.test({ hash: 'tOP' }), true);
// In a URL string too.
const whole = new URLPattern('https://a.test/Docs/x?Q', { ignoreCase: true });
assert.strictEqual(whole.test('https://a.test/docs/X?q'), true);

// The option does not change the patterns.
assert.strictEqual(insensitive.pathname, '/Docs/:page');
assert.strictEqual(searchInsensitive.search, 'Lang=:l');
assert.strictEqual(hashInsensitive.hash, 'Top');

// Regexp groups and classes too.
const re = new URLPattern({ pathname: '/([a-c]+)/(x)' }, { ignoreCase: true });
assert.strictEqual(re.test({ pathname: '/ABC/X' }), true);
assert.strictEqual(new URLPattern({ pathname: '/([a-c]+)' }).test({ pathname: '/ABC' }), false);

// Protocol and hostname patterns and inputs are lowercased by
// canonicalization, with or without the option.
assert.strictEqual(new URLPattern({ protocol: 'HTTPS', hostname: 'Example.COM' }).test('https://EXAMPLE.com/'), true);
assert.strictEqual(new URLPattern({ protocol: 'HTTPS', hostname: 'Example.COM' }).protocol, 'https');
// Username and password are not lowercased, and the option leaves them
// case-sensitive.
const user = new URLPattern({ username: 'Admin' }, { ignoreCase: true });
assert.strictEqual(user.test({ username: 'Admin' }), true);
assert.strictEqual(user.test({ username: 'admin' }), false);

// Any truthy ignoreCase turns it on; a missing one is off.
for (const [value, expected] of [[true, true], [1, true], ['yes', true], [{}, true], [false, false], [0, false],
  ['', false], [null, false], [undefined, false]]) {
  assert.strictEqual(new URLPattern({ pathname: '/A' }, { ignoreCase: value }).test({ pathname: '/a' }), expected,
                     String(value));
}
assert.strictEqual(new URLPattern({ pathname: '/A' }, {}).test({ pathname: '/a' }), false);
// With a string and a base URL, the options are the third argument.
assert.strictEqual(new URLPattern('/A', 'https://x.test', { ignoreCase: true }).test('https://x.test/a'), true);
assert.strictEqual(new URLPattern('https://x.test/A', { ignoreCase: true }).test('https://x.test/a'), true);
// An object whose ignoreCase is inherited counts.
assert.strictEqual(new URLPattern({ pathname: '/A' }, Object.create({ ignoreCase: true })).test({ pathname: '/a' }),
                   true);
