'use strict';
// fs.watch on a directory reports 'rename' for a new entry and 'change'
// for a modified one, with the entry's name; close() stops it and emits
// 'close' once, on a later tick; the listener argument is a 'change'
// listener.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-watch-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.writeFileSync(path.join(tmp, 'existing'), 'x');

const events = [];
const watcher = fs.watch(tmp, common.mustCallAtLeast((eventType, filename) => {
  events.push([eventType, filename]);
  if (events.some(([t, n]) => t === 'rename' && n === 'created') &&
      events.some(([t, n]) => t === 'change' && n === 'existing')) {
    let closedSync = true;
    watcher.on('close', common.mustCall(() => assert.strictEqual(closedSync, false)));
    watcher.close();
    watcher.close();
    closedSync = false;
  }
}, 2));
assert.ok(watcher instanceof require('events'));
assert.strictEqual(watcher.ref(), watcher);

setTimeout(() => {
  fs.writeFileSync(path.join(tmp, 'created'), '');
  fs.appendFileSync(path.join(tmp, 'existing'), 'more');
}, 50);

// Watching a file: its own name.
const file = path.join(tmp, 'watched-file');
fs.writeFileSync(file, '');
const fileWatcher = fs.watch(file, { encoding: 'buffer' });
fileWatcher.once('change', common.mustCall((eventType, filename) => {
  assert.strictEqual(eventType, 'change');
  assert.ok(Buffer.isBuffer(filename));
  assert.strictEqual(filename.toString(), 'watched-file');
  fileWatcher.close();
}));
setTimeout(() => fs.writeFileSync(file, 'changed'), 50);

// An aborted signal closes the watcher.
const ac = new AbortController();
const w2 = fs.watch(tmp, { signal: ac.signal });
w2.on('close', common.mustCall());
ac.abort();

// unref: does not keep the process alive.
fs.watch(tmp, { persistent: false });
fs.watch(tmp).unref();
