'use strict';
// node:test's hook order: root before() runs at once, suite before() when the
// suite starts, beforeEach hooks outermost first and afterEach innermost
// first (with the test's context), t.after() after the test's subtests
// (awaited or not), root after() at 'beforeExit', before the other listeners.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-node-test-hooks-'));
const file = path.join(dir, 'hooks.js');
fs.writeFileSync(file, `'use strict';
const { test, describe, it, before, after, beforeEach, afterEach } = require('node:test');
const log = (s) => console.error(s);
before(() => log('root before'));
after(() => log('root after'));
beforeEach((t) => log(\`root beforeEach \${t.name}\`));
afterEach((t) => log(\`root afterEach \${t.name}\`));
describe('O', () => {
  before(() => log('O before'));
  after(() => log('O after'));
  beforeEach(() => log('O beforeEach'));
  afterEach(() => log('O afterEach'));
  describe('I', () => {
    beforeEach(() => log('I beforeEach'));
    afterEach(() => log('I afterEach'));
    it('x', (t) => log(\`x body \${t.fullName}\`));
  });
});
test('t', async (t) => {
  t.beforeEach((c) => log(\`t beforeEach \${c.name}\`));
  t.after(() => log('t after'));
  log('t body');
  t.test('unawaited', async () => {
    await new Promise((r) => setTimeout(r, 5));
    log('unawaited done');
  });
});
test('cb', (t, done) => {
  log('cb body');
  setTimeout(() => { log('cb done'); done(); }, 1);
});
process.on('beforeExit', () => log('beforeExit'));
log('main done');
`);
const r = cp.spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
fs.rmSync(dir, { recursive: true, force: true });

assert.strictEqual(r.stderr, `root before
main done
O before
root beforeEach x
O beforeEach
I beforeEach
x body O > I > x
I afterEach
O afterEach
root afterEach x
O after
root beforeEach t
t body
root beforeEach unawaited
t beforeEach unawaited
unawaited done
root afterEach unawaited
root afterEach t
t after
root beforeEach cb
cb body
cb done
root afterEach cb
root after
beforeExit
`);
assert.strictEqual(r.status, 0);
assert.match(r.stdout, /^\u2139 pass 4$/m);
