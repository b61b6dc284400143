'use strict';
// fs.watch with recursive: changes in subdirectories, including ones made
// after the watch started, are reported with names relative to the root.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-watch-rec-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a/b'), { recursive: true });

const names = new Set();
const watcher = fs.watch(tmp, { recursive: true }, (eventType, filename) => {
  names.add(filename);
  if (names.has(path.join('a', 'b', 'deep.txt')) && names.has(path.join('later', 'inner.txt'))) {
    watcher.close();
  }
});
watcher.on('close', common.mustCall());

setTimeout(() => {
  fs.writeFileSync(path.join(tmp, 'a/b/deep.txt'), 'x');
  fs.mkdirSync(path.join(tmp, 'later'));
  setTimeout(() => fs.writeFileSync(path.join(tmp, 'later/inner.txt'), 'y'), 300);
}, 100);

const timeout = setTimeout(() => {
  assert.fail(`events seen: ${[...names].join(', ')}`);
}, 10000);
watcher.on('close', () => clearTimeout(timeout));
