'use strict';
// file: URLs (percent-decoded) and Buffers work wherever a path does; a
// Buffer path need not be UTF-8, and readdir gives such names back as
// they are with encoding 'buffer'.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-url-buffer-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const spaced = path.join(tmp, 'with space #1.txt');
const url = pathToFileURL(spaced);
assert.ok(url.href.includes('%20'));
fs.writeFileSync(url, 'via url');
assert.strictEqual(fs.readFileSync(spaced, 'utf8'), 'via url');
assert.ok(fs.statSync(url).isFile());
assert.strictEqual(fs.existsSync(url), true);
fs.appendFileSync(new URL(url.href), '!');
assert.strictEqual(fs.readFileSync(url, 'utf8'), 'via url!');
fs.renameSync(url, pathToFileURL(path.join(tmp, 'renamed')));
assert.ok(fs.existsSync(path.join(tmp, 'renamed')));

const bufPath = Buffer.from(path.join(tmp, 'buf.txt'));
fs.writeFileSync(bufPath, 'via buffer');
assert.strictEqual(fs.readFileSync(bufPath.toString(), 'utf8'), 'via buffer');
const fd = fs.openSync(bufPath, 'r');
fs.closeSync(fd);

// A name that is not UTF-8.
const raw = Buffer.concat([Buffer.from(tmp + '/'), Buffer.from([0x6e, 0xff, 0x6d])]);
fs.writeFileSync(raw, 'raw');
assert.strictEqual(fs.readFileSync(raw, 'utf8'), 'raw');
const names = fs.readdirSync(Buffer.from(tmp), 'buffer');
assert.ok(names.some((n) => n.equals(Buffer.from([0x6e, 0xff, 0x6d]))));
// As a string, the stray byte is U+FFFD.
assert.ok(fs.readdirSync(tmp).includes('n\ufffdm'));
assert.ok(fs.readdirSync(tmp, 'latin1').includes('n\u00ffm'));
fs.unlinkSync(raw);
assert.ok(!fs.existsSync(raw));

fs.stat(pathToFileURL(tmp), common.mustSucceed((s) => assert.ok(s.isDirectory())));
fs.promises.readFile(bufPath, 'utf8').then(common.mustCall((s) => assert.strictEqual(s, 'via buffer')));
