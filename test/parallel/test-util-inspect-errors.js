'use strict';
// util.inspect of errors: the stack under Node's header, [cause], [errors],
// own properties, renamed errors, errors without frames. Frames differ
// between engines, so each run of them is compared as one "at <frames>".

const assert = require('assert');
const { inspect } = require('util');

function show(value, options) {
  const lines = inspect(value, options).split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const plain = lines[i].replace(/\u001b\[\d+m/g, '');
    if (!/^\s+(at |\.\.\. \d+ lines matching)/.test(plain)) {
      out.push(lines[i]);
      continue;
    }
    let j = i;
    while (j + 1 < lines.length && /^\s+(at |\.\.\. \d+ lines matching)/.test(lines[j + 1].replace(/\u001b\[\d+m/g, ''))) j++;
    const tail = lines[j].replace(/\u001b\[\d+m/g, '').endsWith(' {') ? ' {' : '';
    out.push(`${/^\s*/.exec(plain)[0]}at <frames>${tail}`);
    i = j;
  }
  return out.join('\n');
}
class MyError extends Error {}
class NamedError extends Error {
  constructor(message) {
    super(message);
    this.name = 'NamedError';
  }
}
function handled(p) {
  p.catch(() => {});
  return p;
}
function withProps(target, props) {
  return Object.assign(target, props);
}

assert.strictEqual(show(new Error('message')), "Error: message\n    at <frames>");
assert.strictEqual(show(new TypeError('bad type')), "TypeError: bad type\n    at <frames>");
assert.strictEqual(show(new RangeError()), "RangeError\n    at <frames>");
assert.strictEqual(show(new Error('first\nsecond')), "Error: first\nsecond\n    at <frames>");
assert.strictEqual(
  show(new Error('outer', { cause: new Error('inner') })),
  "Error: outer\n    at <frames> {\n  [cause]: Error: inner\n      at <frames>\n}");
assert.strictEqual(
  show(new Error('outer', { cause: 'just a string' })),
  "Error: outer\n    at <frames> {\n  [cause]: 'just a string'\n}");
assert.strictEqual(
  show(new Error('outer', { cause: undefined })),
  "Error: outer\n    at <frames> {\n  [cause]: undefined\n}");
assert.strictEqual(
  show(new AggregateError([new Error('one'), 2], 'many')),
  "AggregateError: many\n    at <frames> {\n  [errors]: [\n    Error: one\n        at <frames>\n    2\n  ]\n}");
assert.strictEqual(
  show(withProps(new Error('props'), { code: 'E_CODE', detail: { a: [1, 2] } })),
  "Error: props\n    at <frames> {\n  code: 'E_CODE',\n  detail: { a: [ 1, 2 ] }\n}");
// V8 writes the stack's header when .stack is first read; so does kiln.
assert.strictEqual(
  show(withProps(new Error('renamed'), { name: 'Custom' })),
  "Custom: renamed\n    at <frames>");
assert.strictEqual(
  show(withProps(new Error('renamed'), { name: 'CustomError' })),
  "Error [CustomError]: renamed\n    at <frames>");
assert.strictEqual(show(withProps(new Error('renamed'), { name: '' })), "renamed\n    at <frames>");
const late = new Error('late');
void late.stack;
late.name = 'Late';
late.message = 'changed';
assert.strictEqual(show(late), "Error: late\n    at <frames> {\n  name: 'Late'\n}");
assert.strictEqual(inspect(withProps(new Error('m'), { stack: 'custom stack text' })), "[custom stack text]");
assert.strictEqual(
  inspect(withProps(new Error('m'), { stack: 'custom\n    at frame (file.js:1:1)' })),
  "custom\n    at frame (file.js:1:1)");
assert.strictEqual(inspect(withProps(new Error('m'), { stack: '' })), "[Error: m]");
assert.strictEqual(
  inspect(withProps(new Error('m'), { stack: { x: 1 } })),
  "[Error: m\n    {\n      x: 1\n    }]");
assert.strictEqual(
  inspect({ e: withProps(new Error('m'), { stack: { x: 1 } }) }),
  "{\n  e: [Error: m\n      {\n          x: 1\n        }]\n}");
assert.strictEqual(
  inspect(withProps(new Error('no frames'), { stack: 'Error: no frames' })),
  "[Error: no frames]");
assert.strictEqual(show(new MyError('sub')), "MyError: sub\n    at <frames>");
assert.strictEqual(show(new NamedError('named')), "NamedError: named\n    at <frames>");
assert.strictEqual(
  show(Object.setPrototypeOf(new Error('np'), null)),
  "[Error: null prototype]: np\n    at <frames>");
assert.strictEqual(
  show(Object.defineProperty(new Error('tagged'), Symbol.toStringTag, { value: 'TAG' })),
  "Error [TAG]: tagged\n    at <frames>");
assert.strictEqual(
  show({ err: withProps(new RangeError('deep'), { n: 1 }) }),
  "{\n  err: RangeError: deep\n      at <frames> {\n    n: 1\n  }\n}");
assert.strictEqual(
  show([new Error('a'), new Error('b')]),
  "[\n  Error: a\n      at <frames>\n  Error: b\n      at <frames>\n]");
assert.strictEqual(
  inspect({ a: { b: { c: withProps(new Error('x'), { y: 1 }) } } }),
  "{ a: { b: { c: [Error] } } }");
assert.strictEqual(
  show(new Error('hidden'), { showHidden: true }),
  "Error: hidden\n    at <frames> {\n  [stack]: [Getter/Setter],\n  [message]: 'hidden'\n}");
assert.strictEqual(
  show(withProps(new Error('colored'), { n: 1 }), { colors: true }),
  "Error: colored\n    at <frames> {\n  n: \u001b[33m1\u001b[39m\n}");
assert.strictEqual(inspect(Object.create(Error.prototype)), "[Error]");
assert.strictEqual(
  show(handled(Promise.reject(new Error('rejected')))),
  "Promise {\n  <rejected> Error: rejected\n      at <frames>\n}");
// A stack that is not an engine's is left alone, frames and all.
assert.strictEqual(
  inspect(withProps(new Error('x'), { stack: 'Error: x\n    at a\n    at b\n    at c\n    at d\n    at e', cause: withProps(new Error('y'), { stack: 'Error: y\n    at q\n    at b\n    at c\n    at d\n    at e' }) })),
  "Error: x\n    at a\n    at b\n    ... 2 lines matching cause stack trace ...\n    at e {\n  cause: Error: y\n      at q\n      at b\n      at c\n      at d\n      at e\n}");
assert.strictEqual(
  inspect(withProps(new Error('x'), { stack: 'Error: x\n    at foo (/a/node_modules/pkg/index.js:1:1)\n    at node:internal/main/run_main_module:33:47\n    at bar (node:fs:1:2)' }), { colors: true }),
  "Error: x\n    at foo (/a/node_modules/\u001b[4mpkg\u001b[24m/index.js:1:1)\n\u001b[90m    at node:internal/main/run_main_module:33:47\u001b[39m\n\u001b[90m    at bar (node:fs:1:2)\u001b[39m");

// A name that is not a string: the class follows it where the header shows
// it; null is written by the header as is, '' leaves the message alone.
for (const [name, start] of [
  [404, '404 [RangeError]: foo'], [0, '0 [RangeError]: foo'], [0n, '0 [RangeError]: foo'],
  [false, 'false [RangeError]: foo'], [[1, 2, 3], '1,2,3 [RangeError]: foo'], [null, 'null: foo'],
  ['', 'foo'], [undefined, 'RangeError: foo'],
]) {
  const err = new RangeError('foo');
  err.name = name;
  const text = inspect(err);
  assert.ok(text.startsWith(`${start}\n    at `), `${String(name)}: ${text}`);
}
{
  // With a one-line stack, the header alone, in brackets.
  const err = new RangeError('foo');
  err.name = 404;
  err.stack = err.stack.split('\n')[0];
  assert.strictEqual(inspect(err), '[404 [RangeError]: foo]');
}

// Getters that throw. A name or message getter that throws before the
// stack was made: the stack throws (every time, as in V8), and the error
// shows as Object.prototype.toString shows it. A stack getter that throws:
// the header alone. An `errors` getter that throws: not listed.
{
  const err = new Error('m');
  Object.defineProperty(err, 'message', { get() { throw new Error('no message'); } });
  assert.throws(() => err.stack, { message: 'no message' });
  assert.throws(() => err.stack, { message: 'no message' });
  assert.strictEqual(inspect(err), '[object Error]');
  const named = new Error('m');
  Object.defineProperty(named, 'name', { get() { throw new Error('no name'); } });
  assert.strictEqual(inspect(named), '[object Error]');
  // Made before the getter broke: the stack stays.
  const early = new Error('m');
  assert.ok(early.stack.startsWith('Error: m\n'));
  Object.defineProperty(early, 'message', { get() { throw new Error('no message'); } });
  assert.ok(early.stack.startsWith('Error: m\n'));
  const stackless = new Error('m');
  Object.defineProperty(stackless, 'stack', { get() { throw new Error('no stack'); } });
  assert.strictEqual(inspect(stackless), '[Error: m]');
  const aggregate = new AggregateError([], 'agg');
  Object.defineProperty(aggregate, 'errors', { get() { throw new Error('no errors'); } });
  assert.strictEqual(show(aggregate), 'AggregateError: agg\n    at <frames>');
}

// In colour, the working directory's part of a frame's place is grey, with
// the parentheses around the place; the runtime's own frames all grey.
{
  const cwd = process.cwd();
  const err = new Error('x');
  err.stack = `Error: x\n    at f (${cwd}/a.js:1:2)\n    at ${cwd}/b.js:3:4\n    at g (file://${cwd}/c.mjs:5:6)\n` +
    '    at h (/elsewhere/d.js:7:8)\n    at i (node:fs:1:2)';
  const grey = (s) => `\u001b[90m${s}\u001b[39m`;
  assert.strictEqual(inspect(err, { colors: true }), [
    'Error: x',
    `    at f ${grey(`(${cwd}/`)}a.js:1:2${grey(')')}`,
    `    at ${grey(`${cwd}/`)}b.js:3:4`,
    `    at g ${grey(`(file://${cwd}/`)}c.mjs:5:6${grey(')')}`,
    '    at h (/elsewhere/d.js:7:8)',
    grey('    at i (node:fs:1:2)'),
  ].join('\n'));
}

// In colour, packages in node_modules are underlined: a scoped one's whole
// name, a name at the end of the line, each of nested ones; a Windows path's
// too. "xnode_modules" is no node_modules segment.
{
  const err = new Error('x');
  err.stack = ['Error: x', '    at a (/t/node_modules/foo/node_modules/@ns/bar/baz.js:2:7)',
               '    at b (/t/node_modules/pkg)', '    at d (/xnode_modules/y/z.js:1:1)',
               '    at e (C:\\t\\node_modules\\win\\x.js:1:1)'].join('\n');
  const u = (s) => `\u001b[4m${s}\u001b[24m`;
  assert.strictEqual(inspect(err, { colors: true }), [
    'Error: x',
    `    at a (/t/node_modules/${u('foo')}/node_modules/${u('@ns/bar')}/baz.js:2:7)`,
    `    at b (/t/node_modules/${u('pkg)')}`,
    '    at d (/xnode_modules/y/z.js:1:1)',
    `    at e (C:\\t\\node_modules\\${u('win')}\\x.js:1:1)`,
  ].join('\n'));
}
