'use strict';
// util.inspect of promises: their state and value, read without waiting.

const assert = require('assert');
const { inspect } = require('util');

class MyPromise extends Promise {}
function handled(p) {
  p.catch(() => {});
  return p;
}

assert.strictEqual(inspect(Promise.resolve(42)), "Promise { 42 }");
assert.strictEqual(inspect(new Promise(() => {})), "Promise { <pending> }");
assert.strictEqual(inspect(handled(Promise.reject(3))), "Promise { <rejected> 3 }");
assert.strictEqual(inspect(handled(Promise.reject(null))), "Promise { <rejected> null }");
assert.strictEqual(
  inspect(Object.assign(Promise.resolve({ a: { b: { c: {} } } }), { x: 1 })),
  "Promise { { a: { b: [Object] } }, x: 1 }");
assert.strictEqual(inspect(new MyPromise(() => {})), "MyPromise { <pending> }");
assert.strictEqual(
  inspect(Object.setPrototypeOf(Promise.resolve(1), null)),
  "[Promise: null prototype] { 1 }");
assert.strictEqual(
  inspect([Promise.resolve('v'), new Promise(() => {}), handled(Promise.reject(null))], { colors: true }),
  "[ Promise { \u001b[32m'v'\u001b[39m }, Promise { \u001b[36m<pending>\u001b[39m }, Promise { \u001b[36m<rejected>\u001b[39m \u001b[1mnull\u001b[22m } ]");
assert.strictEqual(inspect((async () => 5)()), "Promise { 5 }");
assert.strictEqual(inspect({ p: Promise.resolve(1) }, { depth: 0 }), "{ p: [Promise] }");
assert.strictEqual(inspect(Promise.resolve(Promise.resolve(1))), "Promise { 1 }");
