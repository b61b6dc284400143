'use strict';
// console.table with something that is not an object logs it as
// console.log would.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = new EventEmitter();
const written = [];
out.write = (s) => written.push(s);
const c = new Console(out);

c.table(5);
c.table('str');
c.table('%s and %d');
c.table(null);
c.table();
c.table(undefined);
c.table(true);
c.table(7n);
c.table(Symbol('s'));
assert.deepStrictEqual(written, [
  '5\n', 'str\n', '%s and %d\n', 'null\n', 'undefined\n', 'undefined\n', 'true\n', '7n\n',
  'Symbol(s)\n',
]);

// A function is not a table either.
written.length = 0;
c.table(Object.assign(function f() {}, { k: 1 }));
assert.deepStrictEqual(written, ['[Function: f] { k: 1 }\n']);
