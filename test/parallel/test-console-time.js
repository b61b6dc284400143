'use strict';
// time, timeLog and timeEnd: "label: <duration>" on stdout, timeLog with its
// extra data; a warning for a label that does not exist, or that exists
// already for time().
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const s = new EventEmitter();
s.write = (chunk) => out.push(chunk);
const c = new Console(s);

const ms = '\\d+(\\.\\d{1,3})?ms';
const warnings = [];
process.on('warning', common.mustCall((w) => {
  assert.strictEqual(w.name, 'Warning');
  assert.strictEqual(w.code, undefined);
  warnings.push(w.message);
}, 6));

c.time();
c.time(); // already running
c.time('a');
c.time('a');
c.timeLog('a', 'x', { y: 1 }, 5);
c.timeLog('nope');
c.timeEnd('nope');
c.timeEnd('a');
c.timeEnd('a'); // ended
c.timeLog();
c.timeEnd();
// Labels are strings: time(1) and timeEnd('1') are one timer.
c.time(1);
c.timeEnd('1');
c.time(undefined);
c.timeEnd('default');
c.time({});
c.timeEnd('[object Object]');
// The label is not a format string.
c.time('%d');
c.timeLog('%d', '%s', 'z');
c.timeEnd('%d');
c.time(null);
c.timeEnd('null');

const patterns = [
  `a: ${ms} x \\{ y: 1 \\} 5`,
  `a: ${ms}`,
  `default: ${ms}`,
  `default: ${ms}`,
  `1: ${ms}`,
  `default: ${ms}`,
  `\\[object Object\\]: ${ms}`,
  `%d: ${ms} %s z`,
  `%d: ${ms}`,
  `null: ${ms}`,
];
assert.strictEqual(out.length, patterns.length);
out.forEach((line, i) => assert.match(line, new RegExp(`^${patterns[i]}\n$`)));

assert.throws(() => c.time(Symbol('s')), TypeError);
assert.throws(() => c.timeEnd(Symbol('s')), TypeError);

// A timer of one console is not another's.
const other = new Console(s);
c.time('own');
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    "Label 'default' already exists for console.time()",
    "Label 'a' already exists for console.time()",
    "No such label 'nope' for console.timeLog()",
    "No such label 'nope' for console.timeEnd()",
    "No such label 'a' for console.timeEnd()",
    "No such label 'own' for console.timeEnd()",
  ]);
});
other.timeEnd('own');
c.timeEnd('own');

// Durations: milliseconds with at most three decimals, trailing zeros
// dropped; a timer that ran a second shows seconds.
c.time('wait');
const until = Date.now() + 1010;
while (Date.now() < until);
out.length = 0;
c.timeEnd('wait');
assert.match(out[0], /^wait: 1\.\d{3}s\n$/);
