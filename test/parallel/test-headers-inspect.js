'use strict';
// util.inspect of Headers shows the names as first given, in insertion
// order, with repeated values (Set-Cookie too) combined.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const h = new Headers({ b: '2', A: '1', 'set-cookie': 'x=1' });
h.append('set-cookie', 'y=2');
h.append('a', '3');
assert.strictEqual(inspect(h), "Headers { b: '2', A: '1, 3', 'set-cookie': 'x=1, y=2' }");
assert.strictEqual(inspect(new Headers()), 'Headers {}');
h.set('a', 'z');
assert.strictEqual(inspect(h), "Headers { b: '2', a: 'z', 'set-cookie': 'x=1, y=2' }");
assert.strictEqual(inspect({ h: new Headers([['x', '1']]) }, { depth: 0 }), "{ h: Headers { x: '1' } }");
assert.strictEqual(inspect(new Headers([['x', '1']]).entries()), 'Object [Headers Iterator] {}');
