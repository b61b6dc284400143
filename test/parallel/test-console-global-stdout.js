'use strict';
// The global console writes each call to process.stdout or process.stderr
// with one write(string, callback), synchronously.
const assert = require('assert');

const calls = [];
const { stdout, stderr } = process;
const outWrite = stdout.write;
const errWrite = stderr.write;
stdout.write = function(...args) {
  calls.push(['out', this === stdout, args.length, args[0], typeof args[1]]);
  return true;
};
stderr.write = function(...args) {
  calls.push(['err', this === stderr, args.length, args[0], typeof args[1]]);
  return true;
};
try {
  console.log('to %s', 'stdout');
  console.info({ a: 1 });
  console.warn('to stderr');
  console.error(5);
  console.table([]);
  console.assert(false, 'x');
} finally {
  stdout.write = outWrite;
  stderr.write = errWrite;
}
assert.deepStrictEqual(calls, [
  ['out', true, 2, 'to stdout\n', 'function'],
  ['out', true, 2, '{ a: 1 }\n', 'function'],
  ['err', true, 2, 'to stderr\n', 'function'],
  ['err', true, 2, '5\n', 'function'],
  ['out', true, 2, '┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n', 'function'],
  ['err', true, 2, 'Assertion failed: x\n', 'function'],
]);
