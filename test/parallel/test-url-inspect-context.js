'use strict';
// util.inspect(url, { showHidden: true }) adds Symbol(context): Node's
// record of where each part of the href starts and ends (its parser's
// offsets, 4294967295 for a part that is absent) and the scheme's number.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

function context(href) {
  const text = inspect(new URL(href), { showHidden: true });
  const at = text.indexOf('  Symbol(context): URLContext {\n');
  assert.notStrictEqual(at, -1, text);
  return text.slice(at);
}

const none = 4294967295;
function expected(href, protocolEnd, usernameEnd, hostStart, hostEnd, pathnameStart, searchStart, hashStart,
                  port, schemeType) {
  return '  Symbol(context): URLContext {\n' +
    `    href: '${href}',\n` +
    `    protocol_end: ${protocolEnd},\n` +
    `    username_end: ${usernameEnd},\n` +
    `    host_start: ${hostStart},\n` +
    `    host_end: ${hostEnd},\n` +
    `    pathname_start: ${pathnameStart},\n` +
    `    search_start: ${searchStart},\n` +
    `    hash_start: ${hashStart},\n` +
    `    port: ${port},\n` +
    `    scheme_type: ${schemeType},\n` +
    '    [hasPort]: [Getter],\n' +
    '    [hasSearch]: [Getter],\n' +
    '    [hasHash]: [Getter]\n' +
    '  }\n' +
    '}';
}

// With credentials, host_start is the '@'.
assert.strictEqual(context('https://user:pass@host.name:8080/p/?q=1#h'),
                   expected('https://user:pass@host.name:8080/p/?q=1#h', 6, 12, 17, 27, 32, 35, 39, 8080, 2));
assert.strictEqual(context('https://user@h/'), expected('https://user@h/', 6, 12, 12, 14, 14, none, none, none, 2));
assert.strictEqual(context('http://a/'), expected('http://a/', 5, 7, 7, 8, 8, none, none, none, 0));
assert.strictEqual(context('file:///x'), expected('file:///x', 5, 7, 7, 7, 7, none, none, none, 6));
assert.strictEqual(context('blob:x'), expected('blob:x', 5, 5, 5, 5, 5, none, none, none, 1));
assert.strictEqual(context('http://[::1]:0/'), expected('http://[::1]:0/', 5, 7, 7, 12, 14, none, none, 0, 0));
assert.strictEqual(context('ws://h/?'), expected('ws://h/?', 3, 5, 5, 6, 6, 7, none, none, 3));
assert.strictEqual(context('ftp://h/#'), expected('ftp://h/#', 4, 6, 6, 7, 7, none, 8, none, 4));
assert.strictEqual(context('wss://h/'), expected('wss://h/', 4, 6, 6, 7, 7, none, none, none, 5));

// Without showHidden, and for a subclass, there is no context.
assert.doesNotMatch(inspect(new URL('http://a/')), /context/);
class MyURL extends URL {}
assert.match(inspect(new MyURL('http://a/'), { showHidden: true }), /^MyURL \{[^]*Symbol\(context\): URLContext/);
// The record follows the setters.
const url = new URL('http://a/');
url.search = 'x';
url.hash = 'y';
url.port = '81';
assert.strictEqual(context(url.href), expected('http://a:81/?x#y', 5, 7, 7, 8, 11, 12, 14, 81, 0));
assert.strictEqual(inspect(url, { showHidden: true }).slice(-context(url.href).length), context(url.href));
