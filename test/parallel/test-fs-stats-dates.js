'use strict';
// The Date fields of Stats: made on first read from the *Ms value (rounded
// to the millisecond), the same object on the next read, replaceable by
// assignment; on the prototype as enumerable accessors until then.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-stats-dates-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '');
fs.utimesSync(file, new Date(1500000000123), 1600000000.4567);

const s = fs.statSync(file);
const proto = Object.getPrototypeOf(s);
for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) {
  const d = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(typeof d.set, 'function', name);
  assert.strictEqual(d.enumerable, true);
  assert.strictEqual(Object.hasOwn(s, name), false);
}
assert.ok(s.atime instanceof Date);
assert.strictEqual(s.atime.getTime(), 1500000000123);
assert.strictEqual(s.mtime.getTime(), 1600000000457);
assert.strictEqual(s.mtime, s.mtime);
assert.strictEqual(Object.hasOwn(s, 'mtime'), true);
assert.strictEqual(s.ctime.getTime(), Math.round(s.ctimeMs));
assert.ok(s.birthtime instanceof Date);

s.atime = 'replaced';
assert.strictEqual(s.atime, 'replaced');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(s, 'atime'),
  { value: 'replaced', writable: true, enumerable: true, configurable: true });

// The Ms fields are plain data.
s.mtimeMs = 0;
assert.strictEqual(fs.statSync(file).mtime.getTime(), 1600000000457);
