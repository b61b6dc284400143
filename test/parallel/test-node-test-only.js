'use strict';
// node:test: once a test or suite in the file is marked only, the others at
// its level are not run nor reported (Node 24 needs no --test-only for a
// file run directly); an only suite runs all of its tests.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-test-node-test-only-'));
const file = path.join(dir, 'only.js');
fs.writeFileSync(file, `'use strict';
const { test, describe, it } = require('node:test');
test('top-level, not only', () => { throw 'should not run'; });
describe('only', () => {
  it('not run', () => { throw 'should not run'; });
  it.only('run', () => {});
  describe('nested', () => { it('neither', () => { throw 'should not run'; }); });
});
describe('only suite', { only: true }, () => {
  it('all of its tests run', () => {});
  it('this one too', () => {});
});
`);

const env = { ...process.env };
delete env.FORCE_COLOR;
delete env.NO_COLOR;
const r = cp.spawnSync(process.execPath, [file], { cwd: dir, env, encoding: 'utf8' });
fs.rmSync(dir, { recursive: true, force: true });

const stdout = r.stdout
  .replace(/\([0-9.e-]+ms\)/g, '(Nms)')
  .replace(/duration_ms .*/, 'duration_ms N');
assert.strictEqual(stdout, `▶ only
  ✔ run (Nms)
✔ only (Nms)
▶ only suite
  ✔ all of its tests run (Nms)
  ✔ this one too (Nms)
✔ only suite (Nms)
ℹ tests 3
ℹ suites 2
ℹ pass 3
ℹ fail 0
ℹ cancelled 0
ℹ skipped 0
ℹ todo 0
ℹ duration_ms N
`);
assert.strictEqual(r.stderr, ``);
assert.strictEqual(r.status, 0);
