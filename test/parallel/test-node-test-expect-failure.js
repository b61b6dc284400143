'use strict';
// node:test: test.expectFailure() (or the expectFailure option) passes when
// the body fails and fails when it passes; getTestContext() gives the
// running test's context (undefined outside any test, a fresh context object
// in a describe() body).
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test-node-test-expect-failure-'));
const file = path.join(dir, 'expect.js');
fs.writeFileSync(file, `'use strict';
const { test, getTestContext, describe, it } = require('node:test');
console.log('outside', getTestContext());
test.expectFailure('fails as expected', () => { throw new Error('x'); });
test.expectFailure('passes unexpectedly', () => {});
test('ctx', async (t) => { console.log('same', getTestContext() === t); await null; console.log('after await', getTestContext() === t); });
describe('s', (s) => { console.log('suite ctx', getTestContext() === s, getTestContext()?.name); it('x', () => {}); });
test('opt', { expectFailure: true }, () => { throw new Error('y'); });
`);

const env = { ...process.env };
delete env.FORCE_COLOR;
delete env.NO_COLOR;
const r = cp.spawnSync(process.execPath, [file], { cwd: dir, env, encoding: 'utf8' });
fs.rmSync(dir, { recursive: true, force: true });

const stdout = r.stdout
  .replace(/\([0-9.e-]+ms\)/g, '(Nms)')
  .replace(/duration_ms .*/, 'duration_ms N');
assert.strictEqual(stdout, `outside undefined
suite ctx false s
same true
after await true
✔ fails as expected (Nms) # EXPECTED FAILURE
✖ passes unexpectedly (Nms) # EXPECTED FAILURE
✔ ctx (Nms)
▶ s
  ✔ x (Nms)
✔ s (Nms)
✔ opt (Nms) # EXPECTED FAILURE
ℹ tests 5
ℹ suites 1
ℹ pass 4
ℹ fail 1
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms N

✖ failing tests:

test at expect.js:5:6
✖ passes unexpectedly (Nms) # EXPECTED FAILURE
  'test was expected to fail but passed'
`);
assert.strictEqual(r.stderr, ``);
assert.strictEqual(r.status, 1);
