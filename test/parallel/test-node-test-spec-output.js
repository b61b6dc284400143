'use strict';
// node:test's default reporter for a file run directly with stdout piped is
// 'spec' (not TAP): tree of results, summary counts, then the failures again
// with their errors and where each test was declared. Byte for byte, except
// durations. The fixture throws non-Error values so no stack trace is printed.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-node-test-spec-'));
const file = path.join(dir, 'spec.js');
fs.writeFileSync(file, `'use strict';
const { test, describe, it, before, beforeEach, afterEach } = require('node:test');
test('passes', () => {});
test('fails with a string', () => { throw 'boom'; });
test('parent', async (t) => {
  t.diagnostic('parent note');
  await t.test('child ok', () => {});
  await t.test('child skipped', { skip: 'not now' }, () => {});
  await t.test('child fails', () => { throw 42; });
});
describe('suite', () => {
  it('inner', () => {});
  it.todo('later');
  describe('nested', () => {
    it('deep', (t, done) => { setTimeout(done, 1); });
  });
});
describe.skip('skipped suite', () => { it('never', () => {}); });
test('todo failing', { todo: 'wip' }, () => { throw null; });
test('timeout', { timeout: 10 }, () => new Promise((r) => setTimeout(r, 1000).unref()));
describe('hook fails', () => {
  before(() => { throw 'no setup'; });
  it('a', () => {});
});
test('skip at runtime', (t) => { t.skip(); });
test('plan', (t) => { t.plan(2); t.assert.ok(true); });
test('callback and promise', (t, done) => Promise.resolve());
test((t) => {});
`);

const env = { ...process.env };
delete env.FORCE_COLOR;
delete env.NO_COLOR;
delete env.NODE_TEST_CONTEXT;
const r = cp.spawnSync(process.execPath, [file], { cwd: dir, env, encoding: 'utf8' });
fs.rmSync(dir, { recursive: true, force: true });

const normalized = r.stdout
  .replace(/\([0-9.e-]+ms\)/g, '(Nms)')
  .replace(/duration_ms .*/, 'duration_ms N');
assert.strictEqual(normalized, `✔ passes (Nms)
✖ fails with a string (Nms)
▶ parent
  ✔ child ok (Nms)
  ﹣ child skipped (Nms) # not now
  ✖ child fails (Nms)
✖ parent (Nms)
ℹ parent note
▶ suite
  ✔ inner (Nms)
  ✔ later (Nms) # TODO
  ▶ nested
    ✔ deep (Nms)
  ✔ nested (Nms)
✔ suite (Nms)
﹣ skipped suite (Nms) # SKIP
⚠ todo failing (Nms) # wip
✖ timeout (Nms)
▶ hook fails
  ✖ a
✖ hook fails (Nms)
﹣ skip at runtime (Nms) # SKIP
✖ plan (Nms)
✖ callback and promise (Nms)
✔ <anonymous> (Nms)
ℹ tests 16
ℹ suites 4
ℹ pass 5
ℹ fail 5
ℹ cancelled 2
ℹ skipped 2
ℹ todo 2
ℹ duration_ms N

✖ failing tests:

test at spec.js:4:1
✖ fails with a string (Nms)
  'boom'

test at spec.js:9:11
✖ child fails (Nms)
  42

test at spec.js:19:1
⚠ todo failing (Nms) # wip
  null

test at spec.js:20:1
✖ timeout (Nms)
  'test timed out after 10ms'

test at spec.js:23:3
✖ a
  'test did not finish before its parent and was cancelled'

test at spec.js:21:1
✖ hook fails (Nms)
  'no setup'

test at spec.js:26:1
✖ plan (Nms)
  'plan expected 2 assertions but received 1'

test at spec.js:27:1
✖ callback and promise (Nms)
  'passed a callback but also returned a Promise'
`);
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.status, 1);
