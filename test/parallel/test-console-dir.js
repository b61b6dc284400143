'use strict';
// dir(value, options): util.inspect(value) on stdout, custom inspection
// off, with the options given (depth, showHidden, colors...).
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');
const { Console } = require('console');

const out = [];
const err = [];
const sink = (chunks) => {
  const s = new EventEmitter();
  s.write = (chunk) => chunks.push(chunk);
  return s;
};
const c = new Console(sink(out), sink(err));

const nested = { a: { b: { c: { d: 1 } } }, s: 'str' };
c.dir(nested);
c.dir('str');
c.dir(5, 6, 7);
c.dir({ a: { b: { c: 1 } } }, { depth: 0 });
c.dir([1, 2], { showHidden: true });
c.dir();
assert.deepStrictEqual(out, [
  "{ a: { b: { c: [Object] } }, s: 'str' }\n",
  "'str'\n",
  '5\n',
  '{ a: [Object] }\n',
  '[ 1, 2, [length]: 2 ]\n',
  'undefined\n',
]);
assert.deepStrictEqual(err, []);

// Options are util.inspect's.
out.length = 0;
const deep = { a: { b: { c: { d: { e: 1 } } } } };
c.dir(deep, { depth: null });
c.dir(deep, { depth: Infinity, breakLength: Infinity });
c.dir({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(30) }, { compact: false });
assert.deepStrictEqual(out, [
  `${util.inspect(deep, { depth: null, customInspect: false })}\n`,
  `${util.inspect(deep, { depth: Infinity, breakLength: Infinity, customInspect: false })}\n`,
  `${util.inspect({ a: 'x'.repeat(30), b: 'y'.repeat(30), c: 'z'.repeat(30) }, { compact: false })}\n`,
]);

// Custom inspection is off, unless asked for.
out.length = 0;
const custom = { x: 1, [util.inspect.custom]() { return 'CUSTOM'; } };
c.dir(custom);
c.dir(custom, { customInspect: true });
c.log(custom);
assert.notStrictEqual(out[0], 'CUSTOM\n');
assert.match(out[0], /^\{\s+x: 1,/);
assert.strictEqual(out[1], 'CUSTOM\n');
assert.strictEqual(out[2], 'CUSTOM\n');

// Colors, asked for.
out.length = 0;
c.dir(5, { colors: true });
c.dir('s', { colors: true });
assert.deepStrictEqual(out, ['\u001b[33m5\u001b[39m\n', "\u001b[32m's'\u001b[39m\n"]);

// dirxml is log.
out.length = 0;
c.dirxml('a', { b: 1 }, 3);
assert.deepStrictEqual(out, ['a { b: 1 } 3\n']);
