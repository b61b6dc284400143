'use strict';
// count(label) logs "label: n"; countReset(label) starts over, and warns
// for a label never counted.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const s = new EventEmitter();
s.write = (chunk) => out.push(chunk);
const c = new Console(s);

process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'Warning');
  assert.strictEqual(w.message, "Count for 'zz' does not exist");
}, 1));

c.count();
c.count();
c.count('x');
c.count(undefined);
c.count(null);
c.count({});
c.count(1);
c.count('1');
c.count('%s');
c.countReset();
c.count();
c.countReset('x');
c.count('x');
c.countReset('zz');
assert.deepStrictEqual(out, [
  'default: 1\n',
  'default: 2\n',
  'x: 1\n',
  'default: 3\n',
  'null: 1\n',
  '[object Object]: 1\n',
  '1: 1\n',
  '1: 2\n',
  '%s: 1\n',
  'default: 1\n',
  'x: 1\n',
]);
assert.throws(() => c.count(Symbol('s')), TypeError);
assert.throws(() => c.countReset(Symbol('s')), TypeError);
