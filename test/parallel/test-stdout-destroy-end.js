'use strict';
// destroy() does not close fd 1 and leaves process.stdout usable; 'close'
// is still emitted, so finished() sees the end. end() runs 'prefinish',
// the end callback, 'finish' and 'close', and the stream is usable again.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const log = [];
const out = process.stdout;
const report = () => setTimeout(() => process.stderr.write(JSON.stringify(log)), 20);

if (process.argv[2] === 'destroy') {
  out.on('close', () => log.push('close'));
  out.write('a\n', () => log.push('cb a'));
  out.destroy();
  log.push(`destroyed ${out.destroyed}`);
  setTimeout(() => {
    fs.writeSync(1, 'b\n');  // fd 1 is still open
    out.write('c\n', (err) => log.push(`cb c ${err}`));
    report();
  }, 10);
  return;
}
if (process.argv[2] === 'end') {
  for (const name of ['prefinish', 'finish', 'close', 'error']) out.on(name, () => log.push(name));
  out.write('a\n', () => log.push('cb a'));
  process.nextTick(() => log.push('tick'));
  out.end('b\n', () => log.push('end cb'));
  log.push(`ended ${out.writableEnded}`);
  setTimeout(() => {
    log.push(`later ${out.writableEnded} ${out.destroyed} ${out.writable}`);
    out.write('c\n', (err) => log.push(`cb c ${err}`));
    report();
  }, 10);
  return;
}

function run(mode) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdout-'));
  const file = path.join(dir, 'out.txt');
  const fd = fs.openSync(file, 'w');
  try {
    const r = spawnSync(process.execPath, [__filename, mode], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    return { out: fs.readFileSync(file, 'utf8'), log: JSON.parse(r.stderr) };
  } finally {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
  }
}

assert.deepStrictEqual(run('destroy'), {
  out: 'a\nb\nc\n',
  log: ['destroyed false', 'cb a', 'close', 'cb c null'],
});
assert.deepStrictEqual(run('end'), {
  out: 'a\nb\nc\n',
  log: ['prefinish', 'ended true', 'cb a', 'tick', 'end cb', 'finish', 'close',
        'later false false true', 'cb c null'],
});
