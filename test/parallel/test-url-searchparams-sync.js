'use strict';
// url.searchParams and url.search stay in sync both ways.
require('../common');
const assert = require('assert');

const u = new URL('https://h/p?a=1&b=2#f');
const sp = u.searchParams;
sp.append('c', '3 4');
assert.strictEqual(u.href, 'https://h/p?a=1&b=2&c=3+4#f');
sp.delete('a');
assert.strictEqual(u.search, '?b=2&c=3+4');
sp.set('b', 'x');
sp.sort();
assert.strictEqual(u.search, '?b=x&c=3+4');
// Emptying the list removes the query, not just its contents.
sp.delete('b');
sp.delete('c');
assert.strictEqual(u.href, 'https://h/p#f');
assert.strictEqual(u.search, '');

u.search = '?q=%20x&r';
assert.strictEqual(sp.get('q'), ' x');
assert.strictEqual(sp.get('r'), '');
assert.strictEqual(sp.size, 2);
u.href = 'http://other/?z=1';
assert.deepStrictEqual([...sp], [['z', '1']]);
u.search = '';
assert.strictEqual(sp.size, 0);
assert.strictEqual(u.href, 'http://other/');

// The list serializes with the form encoder, the query keeps its own bytes.
const v = new URL('http://h/?a=b~c');
assert.strictEqual(v.search, '?a=b~c');
v.searchParams.append('d', '~');
assert.strictEqual(v.search, '?a=b%7Ec&d=%7E');

// Non-special URLs and opaque paths too.
const w = new URL('sc:opaque?x=1');
w.searchParams.set('x', '2');
assert.strictEqual(w.href, 'sc:opaque?x=2');
w.searchParams.delete('x');
assert.strictEqual(w.href, 'sc:opaque');
