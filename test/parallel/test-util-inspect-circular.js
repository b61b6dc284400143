'use strict';
// util.inspect of circular structures: <ref *n> on the object, [Circular *n]
// where it recurs.

const assert = require('assert');
const { inspect } = require('util');

const root = { name: 'root' };
root.self = root;
root.list = [root, { back: root }];
const a = {};
a.b = a;
const x = {};
x.y = x;
const arr = [1];
arr.push(arr);
const m = new Map();
m.set(m, m);
const shared = { s: 1 };

assert.strictEqual(
  inspect(root),
  "<ref *1> {\n  name: 'root',\n  self: [Circular *1],\n  list: [ [Circular *1], { back: [Circular *1] } ]\n}");
assert.strictEqual(
  inspect({ a, x }),
  "{ a: <ref *1> { b: [Circular *1] }, x: <ref *2> { y: [Circular *2] } }");
assert.strictEqual(inspect(arr), "<ref *1> [ 1, [Circular *1] ]");
assert.strictEqual(inspect(arr, { compact: true }), "<ref *1> [ 1, [Circular *1] ]");
assert.strictEqual(inspect(m), "<ref *1> Map(1) { [Circular *1] => [Circular *1] }");
assert.strictEqual(
  inspect(root, { colors: true }),
  "\u001b[36m<ref *1>\u001b[39m {\n  name: \u001b[32m'root'\u001b[39m,\n  self: \u001b[36m[Circular *1]\u001b[39m,\n  list: [ \u001b[36m[Circular *1]\u001b[39m, { back: \u001b[36m[Circular *1]\u001b[39m } ]\n}");
// An object seen twice, but not inside itself, is shown twice.
assert.strictEqual(inspect([shared, shared]), "[ { s: 1 }, { s: 1 } ]");
assert.strictEqual(inspect({ a: { b: root } }, { depth: 0 }), "{ a: [Object] }");
