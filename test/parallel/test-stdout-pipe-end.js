'use strict';
// process.stdout on a pipe: end() shuts the write side, so 'prefinish' and
// 'finish' come after pending ticks, and a later write fails with EPIPE.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const log = [];
  const out = process.stdout;
  for (const name of ['prefinish', 'finish', 'close']) out.on(name, () => log.push(name));
  out.on('error', (err) => log.push(`error ${err.code}`));
  out.write('a\n', () => log.push('cb a'));
  process.nextTick(() => log.push('tick'));
  out.end('b\n', () => log.push('end cb'));
  setTimeout(() => {
    out.write('c\n', (err) => log.push(`cb c ${err && err.message}`));
    setTimeout(() => process.stderr.write(JSON.stringify(log)), 20);
  }, 10);
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'a\nb\n');
assert.deepStrictEqual(JSON.parse(r.stderr), [
  'cb a', 'tick', 'prefinish', 'end cb', 'finish', 'close',
  'cb c write EPIPE', 'error EPIPE', 'close',
]);
