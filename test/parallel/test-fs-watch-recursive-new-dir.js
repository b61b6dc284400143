'use strict';
// A recursive fs.watch reports what a new directory already holds when its
// own watcher starts (a 'rename' for each entry, depth first, after the
// directory's), and a listener may close the watcher from that event.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-watch-new-dir-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const root = path.join(tmp, 'root');
fs.mkdirSync(root);
const seen = [];
const watcher = fs.watch(root, { recursive: true });
watcher.on('change', (event, name) => {
  seen.push(`${event} ${name}`);
  if (name === path.join('n', 'm', 'g')) watcher.close();
});
watcher.on('close', common.mustCall(() => {
  assert.deepStrictEqual(seen.slice(0, 4), ['rename n', 'rename n/f', 'rename n/m', 'rename n/m/g']);
}));

setTimeout(() => {
  // All of it before the loop can hear about n.
  fs.mkdirSync(path.join(root, 'n', 'm'), { recursive: true });
  fs.writeFileSync(path.join(root, 'n', 'f'), 'x');
  fs.writeFileSync(path.join(root, 'n', 'm', 'g'), 'x');
}, 100);
