'use strict';
// inspectOptions go to util.inspect for everything the console formats;
// as a Map they differ per stream. Options without `colors` get the
// console's color decision written into them.
const assert = require('assert');
const EventEmitter = require('events');
const util = require('util');
const { Console } = require('console');

delete process.env.FORCE_COLOR;

function sink(props = {}) {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => s.chunks.push(chunk);
  return Object.assign(s, props);
}

const value = { a: { b: { c: 1 } }, list: [1, 2, 3] };

{
  const out = sink();
  const err = sink();
  const options = { depth: 0 };
  const c = new Console({ stdout: out, stderr: err, inspectOptions: options });
  c.log(value);
  c.error(value);
  c.log('%o', { a: { b: 1 } });
  c.dir(value);
  c.dir(value, { depth: 5 });
  assert.deepStrictEqual(out.chunks, [
    '{ a: [Object], list: [Array] }\n',
    `${util.formatWithOptions({ depth: 0 }, '%o', { a: { b: 1 } })}\n`,
    '{ a: [Object], list: [Array] }\n',
    '{ a: { b: { c: 1 } }, list: [ 1, 2, 3 ] }\n',
  ]);
  assert.deepStrictEqual(err.chunks, ['{ a: [Object], list: [Array] }\n']);
  // Not a TTY: the decision written in is undefined.
  assert.deepStrictEqual(Object.keys(options), ['depth', 'colors']);
  assert.strictEqual(options.colors, undefined);
}

// On a TTY the decision is true, and stays.
{
  const out = sink({ isTTY: true });
  const options = { depth: 0 };
  const c = new Console({ stdout: out, inspectOptions: options });
  c.log({ a: { b: 1 } });
  assert.strictEqual(options.colors, true);
  out.isTTY = false;
  c.log(5);
  assert.deepStrictEqual(out.chunks, [
    '{ a: \u001b[36m[Object]\u001b[39m }\n',
    '\u001b[33m5\u001b[39m\n',
  ]);
}

// Colors given in the options are used as they are.
{
  const out = sink();
  const c = new Console({ stdout: out, inspectOptions: { colors: true, compact: false, breakLength: 3 } });
  c.log({ a: 1 }, 'x');
  assert.deepStrictEqual(out.chunks, ['{\n  a: \u001b[33m1\u001b[39m\n} x\n']);
}

// A Map: options per stream; a stream it does not name gets the defaults.
{
  const out = sink();
  const err = sink();
  const c = new Console({
    stdout: out,
    stderr: err,
    inspectOptions: new Map([[out, { depth: 0 }], [err, { colors: true }]]),
  });
  c.log({ a: { b: 1 } });
  c.error({ a: { b: 1 } });
  assert.deepStrictEqual(out.chunks, ['{ a: [Object] }\n']);
  assert.deepStrictEqual(err.chunks, ['{ a: { b: \u001b[33m1\u001b[39m } }\n']);

  const err2 = sink();
  const d = new Console({ stdout: out, stderr: err2, inspectOptions: new Map([[out, { depth: 0 }]]) });
  d.error({ a: { b: 1 } });
  assert.deepStrictEqual(err2.chunks, ['{ a: { b: 1 } }\n']);
}

// table cells take the console's options too, after its own.
{
  const out = sink();
  const c = new Console({ stdout: out, inspectOptions: { depth: 5 } });
  c.table([{ v: { a: { b: { c: 1 } } } }]);
  assert.match(out.chunks[0], /│ 0 {7}│ \{ a: \{ b: \{ c: 1 \} \} \} │/);
}
