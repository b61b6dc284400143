'use strict';
// util.inspect of accessors: [Getter], [Setter], [Getter/Setter], and their
// values with the getters option.

const assert = require('assert');
const { inspect } = require('util');

const obj = {
  get a() { return 1; },
  get o() { return { x: { y: 1 } }; },
  set o(v) {},
  get n() { return null; },
  set w(v) {},
  get s() { return 'str'; },
};
const throwing = {
  get bad() { throw 'nope'; }, // eslint-disable-line no-throw-literal
  get worse() { throw { message: 'm' }; }, // eslint-disable-line no-throw-literal
  ok: 1,
};
let calls = 0;
const counted = { get c() { calls++; return calls; } };

assert.strictEqual(
  inspect(obj),
  "{\n  a: [Getter],\n  o: [Getter/Setter],\n  n: [Getter],\n  w: [Setter],\n  s: [Getter]\n}");
assert.strictEqual(
  inspect(obj, { getters: true }),
  "{\n  a: [Getter: 1],\n  o: [Getter/Setter] { x: { y: 1 } },\n  n: [Getter: null],\n  w: [Setter],\n  s: [Getter: 'str']\n}");
assert.strictEqual(
  inspect(obj, { getters: 'get' }),
  "{\n  a: [Getter: 1],\n  o: [Getter/Setter],\n  n: [Getter: null],\n  w: [Setter],\n  s: [Getter: 'str']\n}");
assert.strictEqual(
  inspect(obj, { getters: 'set' }),
  "{\n  a: [Getter],\n  o: [Getter/Setter] { x: { y: 1 } },\n  n: [Getter],\n  w: [Setter],\n  s: [Getter]\n}");
assert.strictEqual(
  inspect(throwing, { getters: true }),
  "{\n  bad: [Getter: <Inspection threw ('nope')>],\n  worse: [Getter: <Inspection threw ({ message: 'm' })>],\n  ok: 1\n}");
assert.strictEqual(
  inspect(obj, { getters: true, colors: true }),
  "{\n  a: \u001b[36m[Getter:\u001b[39m \u001b[33m1\u001b[39m\u001b[36m]\u001b[39m,\n  o: \u001b[36m[Getter/Setter]\u001b[39m { x: { y: \u001b[33m1\u001b[39m } },\n  n: \u001b[36m[Getter:\u001b[39m \u001b[1mnull\u001b[22m\u001b[36m]\u001b[39m,\n  w: \u001b[36m[Setter]\u001b[39m,\n  s: \u001b[36m[Getter:\u001b[39m \u001b[32m'str'\u001b[39m\u001b[36m]\u001b[39m\n}");
// Without the option a getter is never called.
assert.strictEqual(inspect(counted), "{ c: [Getter] }");
assert.strictEqual(calls, 0);
assert.strictEqual(inspect(counted, { getters: true }), "{ c: [Getter: 1] }");
assert.strictEqual(calls, 1);
assert.strictEqual(inspect({ d: undefined }), "{ d: undefined }");
assert.strictEqual(
  inspect(Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: false }), { showHidden: true }),
  "{ [x]: [Getter] }");
