'use strict';
// util.styleText with validateStream (the default): the text is plain
// unless the stream shows colors; FORCE_COLOR decides for every stream.
const assert = require('assert');
const { styleText } = require('util');

const red = '\u001b[31mx\u001b[39m';
const force = process.env.FORCE_COLOR;
const env = { ...process.env };

function check(expectColor, options) {
  assert.strictEqual(styleText('red', 'x', options), expectColor ? red : 'x');
}

const pipe = { write() {}, on() {} };
const tty = { write() {}, on() {}, isTTY: true };
const tty1 = { ...tty, getColorDepth: () => 1 };
const tty8 = { ...tty, getColorDepth: () => 8 };
const readable = { pipe() {}, on() {}, isTTY: true };
const state = { _writableState: {}, isTTY: true };

try {
  delete process.env.FORCE_COLOR;
  delete process.env.NO_COLOR;
  delete process.env.NODE_DISABLE_COLORS;
  check(false, { stream: pipe });
  // A TTY without getColorDepth shows colors, whatever the environment.
  check(true, { stream: tty });
  check(false, { stream: tty1 });
  check(true, { stream: tty8 });
  check(true, { stream: readable });
  check(true, { stream: state });
  process.env.NO_COLOR = '1';
  check(true, { stream: tty });
  check(true, { stream: tty8 });

  for (const value of ['', '1', 'true', '2', '3']) {
    process.env.FORCE_COLOR = value;
    check(true, { stream: pipe });
    check(true, { stream: tty1 });
  }
  for (const value of ['0', 'false', 'yes']) {
    process.env.FORCE_COLOR = value;
    check(false, { stream: tty });
    check(false, { stream: tty8 });
  }
  // A null stream means process.stdout.
  process.env.FORCE_COLOR = '1';
  check(true, { stream: null });
  process.env.FORCE_COLOR = '0';
  check(false, { stream: null });
} finally {
  for (const key of ['FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS']) {
    if (env[key] === undefined) delete process.env[key];
    else process.env[key] = env[key];
  }
  assert.strictEqual(process.env.FORCE_COLOR, force);
}
