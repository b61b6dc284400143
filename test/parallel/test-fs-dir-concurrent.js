'use strict';
// A Dir runs its asynchronous operations one at a time: reads issued
// together each get their own entry, a close issued behind them waits,
// and a synchronous call meanwhile is ERR_DIR_CONCURRENT_OPERATION.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-dir-concurrent-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
for (const n of ['a', 'b', 'c']) fs.writeFileSync(path.join(tmp, n), '');

const dir = fs.opendirSync(tmp, { bufferSize: 1 });
const seen = [];
for (let i = 0; i < 4; i++) {
  dir.read(common.mustSucceed((ent) => seen.push(ent === null ? null : ent.name)));
}
assert.throws(() => dir.readSync(), {
  code: 'ERR_DIR_CONCURRENT_OPERATION',
  message: 'Cannot do synchronous work on directory handle with concurrent asynchronous operations',
});
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
dir.close(common.mustSucceed(() => {
  assert.deepStrictEqual(seen.slice(0, 3).sort(), ['a', 'b', 'c']);
  assert.strictEqual(seen[3], null);
  assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
}));

// Promise reads in parallel.
(async () => {
  const d = await fs.promises.opendir(tmp);
  const entries = await Promise.all([d.read(), d.read(), d.read(), d.read()]);
  assert.deepStrictEqual(entries.slice(0, 3).map((x) => x.name).sort(), ['a', 'b', 'c']);
  assert.strictEqual(entries[3], null);
  await d.close();
})().then(common.mustCall());
