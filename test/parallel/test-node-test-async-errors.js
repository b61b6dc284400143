'use strict';
// node:test: an error thrown from a timer or a promise rejected with no
// handler while a test runs fails that test; concurrency lets subtests
// overlap; a timeout aborts t.signal and counts as cancelled (exit code 1).
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test-node-test-async-errors-'));
const file = path.join(dir, 'async.js');
fs.writeFileSync(file, `'use strict';
const { test } = require('node:test');
test('uncaught in a callback test', (t, done) => {
  setTimeout(() => { throw 'thrown from a timer'; }, 1);
});
test('unhandled rejection', async () => {
  Promise.reject(7);
  await new Promise((resolve) => setTimeout(resolve, 20));
});
test('concurrent subtests', { concurrency: 2 }, async (t) => {
  const order = [];
  await Promise.all([
    t.test('slow', async () => { order.push('slow start'); await new Promise((r) => setTimeout(r, 30)); order.push('slow end'); }),
    t.test('fast', async () => { order.push('fast start'); await new Promise((r) => setTimeout(r, 5)); order.push('fast end'); }),
  ]);
  t.assert.deepStrictEqual(order, ['slow start', 'fast start', 'fast end', 'slow end']);
});
test('signal aborts on timeout', { timeout: 5 }, (t) => new Promise((resolve) => {
  t.signal.addEventListener('abort', () => { console.error(\`aborted: \${t.signal.aborted}\`); resolve(); });
}));
`);

const env = { ...process.env };
delete env.FORCE_COLOR;
delete env.NO_COLOR;
const r = cp.spawnSync(process.execPath, [file], { cwd: dir, env, encoding: 'utf8' });
fs.rmSync(dir, { recursive: true, force: true });

const stdout = r.stdout
  .replace(/\([0-9.e-]+ms\)/g, '(Nms)')
  .replace(/duration_ms .*/, 'duration_ms N');
assert.strictEqual(stdout, `✖ uncaught in a callback test (Nms)
✖ unhandled rejection (Nms)
▶ concurrent subtests
  ✔ slow (Nms)
  ✔ fast (Nms)
✔ concurrent subtests (Nms)
✖ signal aborts on timeout (Nms)
ℹ tests 6
ℹ suites 0
ℹ pass 3
ℹ fail 2
ℹ cancelled 1
ℹ skipped 0
ℹ todo 0
ℹ duration_ms N

✖ failing tests:

test at async.js:3:1
✖ uncaught in a callback test (Nms)
  'thrown from a timer'

test at async.js:6:1
✖ unhandled rejection (Nms)
  7

test at async.js:18:1
✖ signal aborts on timeout (Nms)
  'test timed out after 5ms'
`);
assert.strictEqual(r.stderr, `aborted: true
`);
assert.strictEqual(r.status, 1);
