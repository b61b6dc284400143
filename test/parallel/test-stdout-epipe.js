'use strict';
// Writing to a pipe whose reader has gone: the write callback gets EPIPE
// ('write EPIPE', syscall 'write'), then 'error' is emitted; unhandled, it
// ends the process with code 1. process.stdout stays usable: each later
// write fails the same way.
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'handled') {
  const events = [];
  process.stdout.on('error', (err) => {
    events.push(`error ${err.code} ${err.message} ${err.syscall} ${err.errno}`);
  });
  let n = 0;
  const timer = setInterval(() => {
    process.stdout.write('x\n', (err) => {
      if (err) events.push(`cb ${err.code}`);
    });
    if (++n === 40) {
      clearInterval(timer);
      setTimeout(() => process.stderr.write(JSON.stringify(events)), 10);
    }
  }, 5);
  return;
}
if (process.argv[2] === 'unhandled') {
  setInterval(() => process.stdout.write('y\n'), 5);
  return;
}

function run(mode) {
  // `head -c 2` reads the first line and exits; what follows hits EPIPE.
  return spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${__filename}" ${mode} | head -c 2 >/dev/null; echo "status=$?"`], {
    encoding: 'utf8',
    timeout: 20000,
  });
}

const handled = run('handled');
const events = JSON.parse(handled.stderr);
assert.ok(events.length >= 2, handled.stderr);
const first = events.indexOf('cb EPIPE');
assert.notStrictEqual(first, -1, handled.stderr);
assert.strictEqual(events[first + 1], 'error EPIPE write EPIPE write -32');
// Still writable after the error: the next write fails again.
assert.ok(events.lastIndexOf('cb EPIPE') > first, handled.stderr);

const unhandled = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${__filename}" unhandled | head -c 2 >/dev/null; exit \${PIPESTATUS:-0}`], {
  encoding: 'utf8',
  timeout: 20000,
});
assert.match(unhandled.stderr, /Error: write EPIPE/);
assert.match(unhandled.stderr, /code: 'EPIPE'/);
