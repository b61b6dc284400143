'use strict';
// A node:test file whose stdout reader goes away after the first line ends
// with a failure exit code (the report cannot be written: EPIPE), as in
// Node (1, or 7 when the failure comes up inside its handler); it must not
// report the failed write through the same report, forever.
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn(process.execPath, ['-e', `
  const test = require('node:test');
  for (let i = 0; i < 3000; i++) test('a test with a long name, number ' + i, () => {});
`], { stdio: ['ignore', 'pipe', 'pipe'] });
child.stderr.resume();
child.stdout.once('data', () => child.stdout.destroy());
const timer = setTimeout(() => {
  child.kill('SIGKILL');
  assert.fail('the test process did not exit');
}, 10000);
child.on('close', (code, signal) => {
  clearTimeout(timer);
  assert.strictEqual(signal, null);
  assert(code === 1 || code === 7, `exit code ${code}`);
});
