'use strict';
// process.stdout on a terminal is a tty.WriteStream: isTTY, columns and
// rows (the terminal's size), getWindowSize(), colour queries and the
// cursor helpers. The terminal comes from script(1); without it the test
// has nothing to run on.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');

if (process.argv[2] === 'child') {
  const out = process.stdout;
  const facts = {
    ctor: out.constructor.name,
    type: out._type,
    isTTY: out.isTTY,
    ownIsTTY: Object.hasOwn(out, 'isTTY'),
    size: [out.columns, out.rows],
    windowSize: out.getWindowSize(),
    depth: out.getColorDepth({ TERM: 'xterm-256color' }),
    colors: [out.hasColors(256, { TERM: 'xterm-256color' }), out.hasColors({ TERM: 'dumb' })],
    decodeStrings: out._writableState.decodeStrings,
  };
  out.clearLine(0);
  out.write(`\n${JSON.stringify(facts)}\n`);
  return;
}

if (!fs.existsSync('/usr/bin/script')) {
  console.log('1..0 # Skipped: script(1) is not installed');
  return;
}

const command = `stty cols 77 rows 22; "${process.execPath}" "${__filename}" child`;
const r = spawnSync('/usr/bin/script', ['-qc', command, '/dev/null'], { encoding: 'utf8', timeout: 20000 });
assert.strictEqual(r.status, 0, r.stderr);
assert.ok(r.stdout.includes('\x1b[2K'), JSON.stringify(r.stdout));
const line = r.stdout.split(/\r?\n/).find((l) => l.startsWith('{'));
assert.deepStrictEqual(JSON.parse(line), {
  ctor: 'WriteStream',
  type: 'tty',
  isTTY: true,
  ownIsTTY: false,
  size: [77, 22],
  windowSize: [77, 22],
  depth: 8,
  colors: [true, false],
  decodeStrings: false,
});
