'use strict';
// Methods are bound to their console, so they work detached; a subclass's
// overrides are what get bound, and the methods Node builds on log, warn
// and error reach those through the console.
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

{
  const out = sink();
  const err = sink();
  const c = new Console(out, err);
  const { log, warn, count, group, groupEnd, table, dir, time, timeEnd, assert: check } = c;
  log('detached %d', 1);
  group('g');
  count('n');
  groupEnd();
  table([7]);
  dir({ a: 1 });
  warn('w');
  check(false, 'no');
  time('t');
  timeEnd('t');
  assert.strictEqual(out.chunks[0], 'detached 1\n');
  assert.strictEqual(out.chunks[1], 'g\n');
  assert.strictEqual(out.chunks[2], '  n: 1\n');
  assert.match(out.chunks[3], /^\u250c/);
  assert.strictEqual(out.chunks[4], '{ a: 1 }\n');
  assert.match(out.chunks[5], /^t: \d+(\.\d+)?ms\n$/);
  assert.deepStrictEqual(err.chunks, ['w\n', 'Assertion failed: no\n']);
  // Called on another receiver, still the same console.
  log.call({}, 'other this');
  assert.strictEqual(out.chunks[6], 'other this\n');
}

// A subclass: its overrides are bound, and count, group, table and
// time* log through `this.log`, assert warns through `this.warn`, trace
// errors through `this.error`.
{
  const calls = [];
  class Recording extends Console {
    log(...args) { calls.push(['log', ...args]); }
    warn(...args) { calls.push(['warn', ...args]); }
    error(...args) { calls.push(['error', ...args]); }
  }
  const out = sink();
  const r = new Recording(out);
  assert(r instanceof Recording);
  assert(r instanceof Console);
  assert.strictEqual(r.log.name, 'log');
  assert.notStrictEqual(r.log, Recording.prototype.log);
  const { log } = r;
  log('a');
  r.count('c');
  r.group('g1', 'g2');
  r.groupEnd();
  r.table(5);
  r.assert(false, 'x');
  r.trace('t');
  r.time('tm');
  r.timeLog('tm', 'data');
  assert.deepStrictEqual(calls.slice(0, 6), [
    ['log', 'a'],
    ['log', 'c: 1'],
    ['log', 'g1', 'g2'],
    ['log', 5],
    ['warn', 'Assertion failed: x'],
    calls[5],
  ]);
  assert.strictEqual(calls[5][0], 'error');
  assert.match(calls[5][1], /^Trace: t\n {4}at /);
  assert.strictEqual(calls[6][0], 'log');
  assert.strictEqual(calls[6][1], '%s: %s');
  assert.strictEqual(calls[6][2], 'tm');
  assert.match(calls[6][3], /^\d+(\.\d+)?ms$/);
  assert.strictEqual(calls[6][4], 'data');
  // dirxml and groupCollapsed are the prototype's log and group, not the
  // overrides; info, debug and dir write for themselves.
  r.dirxml('dx');
  r.info('i');
  r.dir('d');
  assert.deepStrictEqual(out.chunks, ['dx\n', 'i\n', "'d'\n"]);
}

// Replacing a method on an instance changes the methods that use it.
{
  const out = sink();
  const c = new Console(out);
  const seen = [];
  c.log = (...args) => seen.push(args);
  c.count();
  c.dirxml('still the original');
  assert.deepStrictEqual(seen, [['default: 1']]);
  assert.deepStrictEqual(out.chunks, ['still the original\n']);
}
