'use strict';
// colorMode: true colors, false does not, and 'auto' colors a stream that
// is a TTY with more than 2 colors (getColorDepth) or no getColorDepth.
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

// The environment could force colors either way.
delete process.env.FORCE_COLOR;

function sink(props = {}) {
  const s = new EventEmitter();
  s.chunks = [];
  s.write = (chunk) => s.chunks.push(chunk);
  return Object.assign(s, props);
}

const yellow1 = '\u001b[33m1\u001b[39m\n';

{
  const out = sink();
  const err = sink();
  const c = new Console({ stdout: out, stderr: err, colorMode: true });
  c.log(1, 'a', { x: 's' });
  c.error(2);
  c.dir(3);
  c.dir(3, { colors: false });
  c.warn('%s and %d', 'plain', 4);
  assert.deepStrictEqual(out.chunks, [
    "\u001b[33m1\u001b[39m a { x: \u001b[32m's'\u001b[39m }\n",
    '\u001b[33m3\u001b[39m\n',
    '3\n',
  ]);
  assert.deepStrictEqual(err.chunks, ['\u001b[33m2\u001b[39m\n', 'plain and 4\n']);
}

{
  const out = sink({ isTTY: true });
  const c = new Console({ stdout: out, colorMode: false });
  c.log(1);
  assert.deepStrictEqual(out.chunks, ['1\n']);
}

// 'auto' (the default) asks each stream, at each write.
{
  const out = sink();
  const err = sink({ isTTY: true, getColorDepth: () => 2 });
  const c = new Console({ stdout: out, stderr: err });
  c.log(1);
  c.error(1);
  assert.deepStrictEqual(out.chunks, ['1\n']);
  assert.deepStrictEqual(err.chunks, ['1\n']);

  out.chunks.length = 0;
  out.isTTY = true;
  c.log(1); // a TTY without getColorDepth
  out.getColorDepth = () => 4;
  c.log(1);
  out.getColorDepth = () => 1;
  c.log(1);
  out.getColorDepth = () => 24;
  out.isTTY = false;
  c.log(1);
  assert.deepStrictEqual(out.chunks, [yellow1, yellow1, '1\n', '1\n']);
}

// Strings that are written as they are stay uncolored.
{
  const out = sink();
  const c = new Console({ stdout: out, colorMode: true });
  c.log('text');
  c.count('label');
  assert.deepStrictEqual(out.chunks, ['text\n', 'label: 1\n']);
}
