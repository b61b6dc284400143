'use strict';
// `--test`: finds the test files (Node's default names, or the given paths
// and globs), runs each in its own process, reports them together and
// exits 1 when a test failed.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test-cli-'));
const write = (rel, text) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
write('test/a.test.js', `const test = require('node:test'); const assert = require('assert');
test('adds', () => assert.strictEqual(1 + 1, 2));
test('fails', () => assert.strictEqual(1 + 1, 3));
`);
write('test/b.test.js', `const { describe, it } = require('node:test');
describe('suite', () => { it('ok', () => {}); });
`);
write('lib/helper.js', 'module.exports = 1;\n');
write('node_modules/x/test.js', 'throw new Error("never run");\n');
write('crash-test.js', 'console.log("out of crash"); throw new Error("top-level boom");\n');
write('plain_test.js', 'console.log("no tests here");\n');

function run(...args) {
  const r = spawnSync(process.execPath, ['--test', ...args], { cwd: dir, encoding: 'utf8' });
  // Durations vary; the rest is fixed.
  return { status: r.status, out: r.stdout.replace(/ \(\d+(\.\d+)?ms\)/g, ''), err: r.stderr };
}

{
  const { status, out } = run('test/b.test.js');
  assert.strictEqual(status, 0);
  assert.match(out, /^▶ suite\n {2}✔ ok\n✔ suite\nℹ tests 1\nℹ suites 1\nℹ pass 1\nℹ fail 0\n/);
}
{
  const { status, out } = run('test/*.test.js');
  assert.strictEqual(status, 1);
  assert.match(out, /^✔ adds\n✖ fails\n/);
  assert.match(out, /ℹ tests 3\nℹ suites 1\nℹ pass 2\nℹ fail 1\n/);
  assert.match(out, /✖ failing tests:\n\ntest at test\/a\.test\.js:3:1\n✖ fails\n {2}AssertionError \[ERR_ASSERTION\]/);
}
{
  // The default set: test/ files and *-test / _test names, not node_modules
  // or lib/; a crashing file fails as a whole; a file without tests passes.
  const { status, out } = run();
  assert.strictEqual(status, 1);
  assert.match(out, /out of crash\n/);
  assert.match(out, /✖ crash-test\.js\n/);
  assert.match(out, /no tests here\n✔ plain_test\.js\n/);
  assert.match(out, /ℹ tests 5\nℹ suites 1\nℹ pass 3\nℹ fail 2\n/);
  assert.doesNotMatch(out, /never run|helper/);
}
{
  const { status, out } = run('--test-reporter=tap', 'test/b.test.js');
  assert.strictEqual(status, 0);
  assert.match(out, /^TAP version 13\n/);
}
{
  const { status, out, err } = run('missing.js');
  assert.strictEqual(status, 1);
  assert.strictEqual(out, '');
  assert.match(err, /Could not find 'missing\.js'/);
}
fs.rmSync(dir, { recursive: true, force: true });
