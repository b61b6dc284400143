'use strict';
// assert(value, ...data): nothing when value is truthy; otherwise
// "Assertion failed" on stderr, joined to a string first argument with ': '
// and formatted like console.warn.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const err = [];
const sink = (chunks) => {
  const s = new EventEmitter();
  s.write = (chunk) => chunks.push(chunk);
  return s;
};
const c = new Console(sink(out), sink(err));

c.assert(true, 'never');
c.assert(1);
c.assert('x', 'no');
c.assert({});
c.assert(false);
c.assert();
c.assert(0, 'msg %s', 'a', 'b');
c.assert(null, { a: 1 }, 'x');
c.assert('', 5, 6);
c.assert(undefined, '');
c.assert(NaN, '%d%%', 42);
assert.deepStrictEqual(out, []);
assert.deepStrictEqual(err, [
  'Assertion failed\n',
  'Assertion failed\n',
  'Assertion failed: msg a b\n',
  'Assertion failed { a: 1 } x\n',
  'Assertion failed 5 6\n',
  'Assertion failed: \n',
  'Assertion failed: 42%\n',
]);
// The data array is the caller's: not changed.
const data = ['keep'];
c.assert(false, ...data);
assert.deepStrictEqual(data, ['keep']);
assert.strictEqual(err.at(-1), 'Assertion failed: keep\n');
assert.strictEqual(c.assert(false), undefined);
