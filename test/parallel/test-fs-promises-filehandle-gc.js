// Flags: --expose-gc
'use strict';
// A FileHandle collected while open has its descriptor closed, with Node's
// warning and DEP0137; one closed explicitly is left alone by the collector,
// even when its number is reused by a later open.
const assert = require('assert');
const fs = require('fs');

if (typeof globalThis.gc !== 'function') {
  // Run again with the flag (the test runner passes no flags).
  const { spawnSync } = require('child_process');
  const child = spawnSync(process.execPath, ['--expose-gc', __filename], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  return;
}

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));

let leakedFd;
let reusedFd;

async function main() {
  // Closed explicitly, then its number reused by a plain open.
  const closed = await fs.promises.open(__filename);
  const closedFd = closed.fd;
  await closed.close();
  reusedFd = fs.openSync(__filename, 'r');
  assert.strictEqual(reusedFd, closedFd);
  // Left open and dropped.
  leakedFd = (await fs.promises.open(__filename)).fd;
}

function check() {
  assert.deepStrictEqual(warnings, [
    ['Warning', undefined, `Closing file descriptor ${leakedFd} on garbage collection`],
    ['DeprecationWarning', 'DEP0137',
     'Closing a FileHandle object on garbage collection is deprecated. Please close FileHandle ' +
     'objects explicitly using FileHandle.prototype.close(). In the future, an error will be ' +
     'thrown if a file descriptor is closed during garbage collection.'],
  ]);
  assert.throws(() => fs.fstatSync(leakedFd), { code: 'EBADF' });
  fs.fstatSync(reusedFd); // still open
  fs.closeSync(reusedFd);
}

// Collected on a later turn (the collector may still see the handle on the
// stack the first time): retry for up to two seconds.
let tries = 0;
function collect() {
  globalThis.gc();
  setTimeout(() => {
    if (warnings.length < 2 && ++tries < 100) collect();
    else check();
  }, 20);
}

main().then(() => setImmediate(collect));
