'use strict';
// process.stdout and process.stderr are stream.Writable instances of the
// kind Node makes for what the descriptor is: a SyncWriteStream for a
// file, a socket for a pipe (strings not decoded, no automatic 'close').
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.argv[2] === 'child') {
  const { Writable } = require('stream');
  const facts = {};
  for (const name of ['stdout', 'stderr']) {
    const s = process[name];
    facts[name] = {
      writable: s instanceof Writable,
      ctor: s.constructor.name,
      type: s._type,
      fd: s.fd,
      isStdio: s._isStdio,
      canWrite: s.writable,
      hwm: s.writableHighWaterMark,
      objectMode: s.writableObjectMode,
      emitClose: s._writableState.emitClose,
      destroySoon: typeof s.destroySoon,
      isTTY: s.isTTY,
    };
  }
  process.stderr.write(JSON.stringify(facts));
  return;
}

function facts(stdio) {
  const r = spawnSync(process.execPath, [__filename, 'child'], { stdio });
  assert.strictEqual(r.status, 0);
  return JSON.parse(String(r.stderr));
}

const common = { canWrite: true, isStdio: true, objectMode: false, destroySoon: 'function' };

// Both pipes.
const piped = facts(['ignore', 'pipe', 'pipe']);
assert.deepStrictEqual(piped.stdout, {
  ...common, writable: true, ctor: 'Socket', type: 'pipe', fd: 1, hwm: 65536, emitClose: false,
});
assert.strictEqual(piped.stderr.fd, 2);
assert.strictEqual(piped.stderr.type, 'pipe');

// stdout a file.
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdout-')), 'out.txt');
const fd = fs.openSync(file, 'w');
try {
  const toFile = facts(['ignore', fd, 'pipe']);
  assert.deepStrictEqual(toFile.stdout, {
    ...common, writable: true, ctor: 'SyncWriteStream', type: 'fs', fd: 1, hwm: 65536, emitClose: true,
  });
} finally {
  fs.closeSync(fd);
  fs.rmSync(path.dirname(file), { recursive: true });
}
