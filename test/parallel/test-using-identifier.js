'use strict';
// `using` is a declaration only when a binding name follows it on the
// same line; everywhere else it is an ordinary identifier, in a file that
// also has using declarations.
require('../common');
const assert = require('assert');

const log = [];
{
  using r = { [Symbol.dispose]() { log.push('disposed'); } };
}
assert.deepStrictEqual(log, ['disposed']);

function calls() {
  const using = (v) => v * 2;
  return using(21);
}
assert.strictEqual(calls(), 42);

function lines() {
  const using = [10, 20];
  const x = 1;
  let out;
  // eslint-disable-next-line no-unused-expressions
  out = using
  [x];
  return out;
}
assert.strictEqual(lines(), 20);

function assigns() {
  let using = 1;
  using = 2;
  using += 1;
  return using;
}
assert.strictEqual(assigns(), 3);

function members() {
  const using = { of: 1, x: 2 };
  return using.of + using['x'];
}
assert.strictEqual(members(), 3);

function inOperator() {
  const using = 'a';
  return using in { a: 1 };
}
assert.strictEqual(inOperator(), true);

function forOfExpression() {
  let using;
  const seen = [];
  for (using of [1, 2]) seen.push(using);
  return seen;
}
assert.deepStrictEqual(forOfExpression(), [1, 2]);

const obj = { using: 5, using2() { return 'm'; } };
assert.strictEqual(obj.using, 5);

async function awaitUsing() {
  const using = Promise.resolve('awaited');
  return await using;
}
awaitUsing().then((v) => assert.strictEqual(v, 'awaited'));
