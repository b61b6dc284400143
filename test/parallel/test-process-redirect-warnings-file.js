'use strict';
// --redirect-warnings=FILE and NODE_REDIRECT_WARNINGS append the warnings a
// process prints to FILE instead of stderr; a file that cannot be opened
// leaves them on stderr.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-redirect-warnings-'));
const code = 'process.emitWarning("first"); process.emitWarning("second", "CustomWarning", "X1")';
const expected = /^\(node:\d+\) Warning: first\n\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n\(node:\d+\) \[X1\] CustomWarning: second\n$/;
function run(args, env = {}) {
  return spawnSync(process.execPath, [...args, '-e', code], { encoding: 'utf8', env: { ...process.env, ...env } });
}
try {
  const file = path.join(dir, 'a.txt');
  let r = run([`--redirect-warnings=${file}`]);
  assert.strictEqual(r.stderr, '');
  assert.match(fs.readFileSync(file, 'utf8'), expected);
  // Appended, not replaced.
  r = run(['--redirect-warnings', file]);
  assert.strictEqual(fs.readFileSync(file, 'utf8').split('\n').length, 7);

  const fromEnv = path.join(dir, 'env.txt');
  r = run([], { NODE_REDIRECT_WARNINGS: fromEnv });
  assert.strictEqual(r.stderr, '');
  assert.match(fs.readFileSync(fromEnv, 'utf8'), expected);

  // Node 24 writes to the --diagnostic-dir path itself when one is given:
  // a directory cannot take them, so they stay on stderr.
  r = run([`--diagnostic-dir=${dir}`, '--redirect-warnings=rel.txt']);
  assert.match(r.stderr, expected);
  assert.strictEqual(fs.existsSync(path.join(dir, 'rel.txt')), false);

  r = run([`--redirect-warnings=${path.join(dir, 'missing', 'x.txt')}`]);
  assert.match(r.stderr, expected);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
