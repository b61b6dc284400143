'use strict';
// The global console: the object require('console') returns, an instance
// of console.Console by its mark though built apart, with every method
// bound and the inspector's methods added.
const assert = require('assert');
const EventEmitter = require('events');

const kMethods = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
  'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed'];

assert.strictEqual(require('console'), console);
assert.strictEqual(require('node:console'), console);
assert.strictEqual(typeof console.Console, 'function');
assert.strictEqual(require('console').Console, console.Console);
assert(console instanceof console.Console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');

assert.deepStrictEqual(Object.keys(console), [
  ...kMethods, 'Console', 'profile', 'profileEnd', 'timeStamp', 'context', 'createTask',
]);
const proto = Object.getPrototypeOf(console);
assert.notStrictEqual(proto, console.Console.prototype);
assert.strictEqual(Object.getPrototypeOf(proto), Object.prototype);
assert.deepStrictEqual(Reflect.ownKeys(proto), []);

for (const name of kMethods) {
  assert.strictEqual(console[name].name, name);
  assert.strictEqual(console[name].length, 0, name);
  assert.notStrictEqual(console[name], console.Console.prototype[name]);
  const desc = Object.getOwnPropertyDescriptor(console, name);
  assert.deepStrictEqual([desc.writable, desc.enumerable, desc.configurable], [true, true, true]);
}
assert.notStrictEqual(console.dirxml, console.log);

const tag = Object.getOwnPropertyDescriptor(console, Symbol.toStringTag);
assert.deepStrictEqual(tag, { value: 'console', writable: false, enumerable: false, configurable: true });

// The streams are process.stdout and process.stderr, and `_stdout` and
// `_stderr` can point the console elsewhere.
assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
const out = new EventEmitter();
const chunks = [];
out.write = (s) => chunks.push(s);
const savedOut = console._stdout;
const savedErr = console._stderr;
console._stdout = out;
console._stderr = out;
try {
  const { log, error } = console;
  log('detached %s', 'log');
  error('to stderr');
  console.count('global');
  console.group('G');
  console.info('inside');
  console.groupEnd();
} finally {
  console._stdout = savedOut;
  console._stderr = savedErr;
}
assert.deepStrictEqual(chunks, [
  'detached log\n', 'to stderr\n', 'global: 1\n', 'G\n', '  inside\n',
]);
assert.strictEqual(console._stdout, process.stdout);
