'use strict';
// group/groupCollapsed print their arguments, then indent everything after
// by groupIndentation spaces (2 unless set), every line of it, on stdout
// and stderr alike, until groupEnd.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function sink(chunks) {
  const s = new EventEmitter();
  s.write = (chunk) => chunks.push(chunk);
  return s;
}

{
  const out = [];
  const err = [];
  const c = new Console(sink(out), sink(err));
  c.group('G1', 'x', 3);
  c.log('in\nside');
  c.group();
  c.error('deep');
  c.groupCollapsed('GC %d', 5);
  c.warn('w');
  c.info('i');
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.groupEnd(); // one more than there are: nothing happens
  c.log('out');
  assert.deepStrictEqual(out, ['G1 x 3\n', '  in\n  side\n', '    GC 5\n', '      i\n', 'out\n']);
  assert.deepStrictEqual(err, ['    deep\n', '      w\n']);
}

// Everything that writes through the console is indented: table, dir,
// count, time, assert, trace.
{
  const out = [];
  const err = [];
  const c = new Console({ stdout: sink(out), stderr: sink(err), groupIndentation: 4 });
  c.group('a');
  c.log('b');
  c.group();
  c.table([1]);
  c.dir({ a: 1 });
  c.count();
  c.assert(false);
  c.trace('t');
  assert.deepStrictEqual(out.slice(0, 2), ['a\n', '    b\n']);
  assert.strictEqual(out[2], [
    '        ┌─────────┬────────┐',
    '        │ (index) │ Values │',
    '        ├─────────┼────────┤',
    '        │ 0       │ 1      │',
    '        └─────────┴────────┘',
    '',
  ].join('\n'));
  assert.deepStrictEqual(out.slice(3), ['        { a: 1 }\n', '        default: 1\n']);
  assert.strictEqual(err[0], '        Assertion failed\n');
  const trace = err[1].split('\n');
  assert.strictEqual(trace[0], '        Trace: t');
  assert.match(trace[1], /^ {12}at /);
  assert.strictEqual(trace.at(-1), '');
}

// groupIndentation 0: groups, but no indentation.
{
  const out = [];
  const c = new Console({ stdout: sink(out), groupIndentation: 0 });
  c.group('a');
  c.log('b');
  c.groupEnd();
  c.log('c');
  assert.deepStrictEqual(out, ['a\n', 'b\n', 'c\n']);
}

// Each level removes exactly groupIndentation spaces.
{
  const out = [];
  const c = new Console({ stdout: sink(out), groupIndentation: 3 });
  c.group();
  c.group();
  c.log('6');
  c.groupEnd();
  c.log('3');
  c.groupEnd();
  c.log('0');
  assert.deepStrictEqual(out, ['      6\n', '   3\n', '0\n']);
}

// Arguments of group are formatted like log's.
{
  const out = [];
  const c = new Console(sink(out));
  c.group('%s!', 'a');
  c.group('%d');
  c.log({ k: [1] });
  assert.deepStrictEqual(out, ['a!\n', '  %d\n', '    { k: [ 1 ] }\n']);
}
