'use strict';
// process.stdout on a pipe: end() shuts the write side, so 'prefinish' and
// 'finish' come after pending ticks, and a later write fails with EPIPE.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  const log = [];
  const out = process.stdout;
  for (const name of ['prefinish', 'finish']) out.on(name, () => log.push(name));
  out.on('error', (err) => log.push(`error ${err.code}`));
  // After the first 'close', write again; after the second, report. No
  // timers: the order must not depend on how loaded the machine is.
  let closes = 0;
  out.on('close', () => {
    log.push('close');
    if (++closes === 1) {
      setImmediate(() => out.write('c\n', (err) => log.push(`cb c ${err && err.message}`)));
    } else {
      setImmediate(() => process.stderr.write(JSON.stringify(log)));
    }
  });
  out.write('a\n', () => log.push('cb a'));
  process.nextTick(() => log.push('tick'));
  out.end('b\n', () => log.push('end cb'));
  return;
}

const r = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'a\nb\n');
assert.deepStrictEqual(JSON.parse(r.stderr), [
  'cb a', 'tick', 'prefinish', 'end cb', 'finish', 'close',
  'cb c write EPIPE', 'error EPIPE', 'close',
]);
