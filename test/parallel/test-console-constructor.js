'use strict';
// new Console(stdout[, stderr[, ignoreErrors]]) and new Console(options);
// Console also works without `new`, and every console is instanceof it.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function sink() {
  const stream = new EventEmitter();
  stream.chunks = [];
  stream.write = (chunk) => {
    stream.chunks.push(chunk);
    return true;
  };
  return stream;
}

const kMethods = ['log', 'info', 'debug', 'warn', 'error', 'dir', 'time', 'timeEnd', 'timeLog',
  'trace', 'assert', 'clear', 'count', 'countReset', 'group', 'groupEnd', 'table', 'dirxml',
  'groupCollapsed'];

// Positional arguments.
{
  const out = sink();
  const err = sink();
  const c = new Console(out, err);
  c.log('o');
  c.error('e');
  assert.deepStrictEqual(out.chunks, ['o\n']);
  assert.deepStrictEqual(err.chunks, ['e\n']);
  assert.strictEqual(c._stdout, out);
  assert.strictEqual(c._stderr, err);
}

// The options object.
{
  const out = sink();
  const err = sink();
  const c = new Console({ stdout: out, stderr: err });
  c.warn('w');
  c.info('i');
  assert.deepStrictEqual(out.chunks, ['i\n']);
  assert.deepStrictEqual(err.chunks, ['w\n']);
}

// Without `new`.
{
  const out = sink();
  const c = Console(out);
  assert(c instanceof Console);
  c.log('x');
  assert.deepStrictEqual(out.chunks, ['x\n']);
  const d = Console({ stdout: out });
  assert(d instanceof Console);
}

// The shape of an instance.
{
  const c = new Console(sink());
  assert.strictEqual(Object.getPrototypeOf(c), Console.prototype);
  assert.strictEqual(c.constructor, Console);
  assert.deepStrictEqual(Object.keys(c), kMethods);
  assert.deepStrictEqual(Object.keys(Console.prototype), kMethods);
  assert.strictEqual(Object.prototype.toString.call(c), '[object console]');
  assert.strictEqual(Console.length, 1);
  assert.strictEqual(Console.name, 'Console');
  assert.strictEqual(Console.prototype.dirxml, Console.prototype.log);
  assert.strictEqual(Console.prototype.groupCollapsed, Console.prototype.group);
  for (const name of kMethods) {
    assert.strictEqual(typeof c[name], 'function');
    assert.strictEqual(c[name].name, name);
    assert.notStrictEqual(c[name], Console.prototype[name]);
    const desc = Object.getOwnPropertyDescriptor(c, name);
    assert.strictEqual(desc.enumerable, true);
    assert.strictEqual(desc.writable, true);
  }
  const lengths = Object.fromEntries(kMethods.map((k) => [k, Console.prototype[k].length]));
  assert.deepStrictEqual(lengths, {
    log: 0, info: 0, debug: 0, warn: 0, error: 0, dir: 2, time: 0, timeEnd: 0, timeLog: 0,
    trace: 0, assert: 1, clear: 0, count: 0, countReset: 0, group: 0, groupEnd: 0, table: 2,
    dirxml: 0, groupCollapsed: 0,
  });
  // Node's own, non-enumerable.
  for (const name of ['_stdout', '_stderr', '_stdoutErrorHandler', '_stderrErrorHandler',
    '_ignoreErrors', '_times']) {
    assert(Object.getOwnPropertyNames(c).includes(name), name);
    assert.strictEqual(Object.getOwnPropertyDescriptor(c, name).enumerable, false, name);
  }
  assert.strictEqual(c._ignoreErrors, true);
  assert.strictEqual(typeof c._stdoutErrorHandler, 'function');
}

// instanceof looks for the mark every console carries.
{
  const c = new Console(sink());
  assert(c instanceof Console);
  assert(Object.create(c) instanceof Console);
  assert(!({} instanceof Console));
  assert(!(5 instanceof Console));
}

// A stream may be any object with a write method, a function included.
{
  const chunks = [];
  const fn = function() {};
  fn.write = (s) => chunks.push(s);
  const c = new Console({ stdout: fn, ignoreErrors: false });
  c.log('f');
  assert.deepStrictEqual(chunks, ['f\n']);
}

// Each console has its own counters, timers and group indentation.
{
  const a = sink();
  const b = sink();
  const ca = new Console(a);
  const cb = new Console(b);
  ca.count();
  ca.count();
  cb.count();
  ca.group();
  ca.log('x');
  cb.log('y');
  assert.deepStrictEqual(a.chunks, ['default: 1\n', 'default: 2\n', '  x\n']);
  assert.deepStrictEqual(b.chunks, ['default: 1\n', 'y\n']);
}
