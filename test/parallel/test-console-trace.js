'use strict';
// trace(...data) writes "Trace: <formatted data>" and the stack from its
// caller on, to stderr.
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

function callerOfTrace() {
  c.trace('hello %s', 'w', { a: 1 }, 5);
}
callerOfTrace();
assert.deepStrictEqual(out, []);
assert.strictEqual(err.length, 1);
let lines = err[0].split('\n');
assert.strictEqual(lines[0], 'Trace: hello w { a: 1 } 5');
assert.match(lines[1], /^ {4}at callerOfTrace \(.*test-console-trace\.js:\d+:\d+\)$/);
assert.strictEqual(lines.at(-1), '');
for (const line of lines.slice(1, -1)) assert.match(line, /^ {4}at /);
assert(!err[0].includes('trace ('), 'the frame of trace itself is left out');

// No data: just "Trace".
err.length = 0;
const { trace } = c;
(function detached() { trace(); })();
lines = err[0].split('\n');
assert.strictEqual(lines[0], 'Trace');
assert.match(lines[1], /^ {4}at detached \(/);

// An empty string as data: still "Trace".
err.length = 0;
c.trace('');
assert.strictEqual(err[0].split('\n')[0], 'Trace');

// Error.stackTraceLimit bounds the frames.
err.length = 0;
const limit = Error.stackTraceLimit;
Error.stackTraceLimit = 1;
try {
  (function one() { c.trace('x'); })();
} finally {
  Error.stackTraceLimit = limit;
}
lines = err[0].split('\n');
assert.strictEqual(lines.length, 3);
assert.strictEqual(lines[0], 'Trace: x');
assert.match(lines[1], /^ {4}at one \(/);
