'use strict';
// Output written just before process.exit() reaches a pipe whole: writes
// to process.stdout and process.stderr are synchronous on Linux. (Node
// queues what does not fit in the pipe's buffer, so the amount stays
// under its 64 KiB.)
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const line = 'x'.repeat(1023) + '\n';
  for (let i = 0; i < 48; i++) process.stdout.write(line);
  process.stdout.write(Buffer.from('tail\n'), () => {});
  process.stderr.write('err\n');
  console.log('last');
  process.exit(3);
}

const r = spawnSync(process.execPath, [__filename, 'child'], { maxBuffer: 4 << 20 });
assert.strictEqual(r.status, 3);
assert.strictEqual(r.stdout.length, 48 * 1024 + 'tail\nlast\n'.length);
assert.ok(String(r.stdout).endsWith('xxx\ntail\nlast\n'));
assert.strictEqual(String(r.stderr), 'err\n');
