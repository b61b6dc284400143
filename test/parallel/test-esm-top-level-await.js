'use strict';
// Top-level await at the entry: a promise that never settles ends the
// process with exit code 13 and Node's warning, unless the program set an
// exit code itself; a rejection is an uncaught error (exit code 1).
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const { pathToFileURL } = require('url');

{
  const file = path.join(fixtures, 'tla', 'unsettled.mjs');
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(r.status, 13);
  assert.strictEqual(r.stdout, 'before\n');
  assert.strictEqual(r.stderr,
                     `Warning: Detected unsettled top-level await at ${pathToFileURL(file).href}:2\n` +
                     'await new Promise(() => {});\n^\n\n\n\n');
}
{
  const r = spawnSync(process.execPath, [path.join(fixtures, 'tla', 'unsettled-code.mjs')], { encoding: 'utf8' });
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.stderr, '');
}
{
  const r = spawnSync(process.execPath, [path.join(fixtures, 'tla', 'reject.mjs')], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /Error: tla failed/);
}
{
  // In -e code too, without --input-type: the await makes it a module.
  const r = spawnSync(process.execPath, ['-e', 'await new Promise(() => {})'], { encoding: 'utf8' });
  assert.strictEqual(r.status, 13);
  assert.match(r.stderr, /^Warning: Detected unsettled top-level await at file:\/\/.*\[eval1\]:1\n/);
}
