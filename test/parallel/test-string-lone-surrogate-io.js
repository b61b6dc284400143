'use strict';
// Strings holding a lone surrogate reach the system whole, the surrogate as
// U+FFFD (EF BF BD), as in Node: console output, stream writes, file names
// and file contents. (They used to be cut at the surrogate.)
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['-e',
  "console.log('a\\uD800b'); process.stdout.write('x\\uDC00\\uD83D\\uDE00y\\n'); console.error('e\\uDBFF!')"]);
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stdout.toString('hex'), Buffer.from('a\uFFFDb\nx\uFFFD\u{1F600}y\n').toString('hex'));
assert.strictEqual(r.stderr.toString('hex'), Buffer.from('e\uFFFD!\n').toString('hex'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-surrogate-'));
const file = path.join(dir, 'n\uD800.txt');
fs.writeFileSync(file, 'c\uDC01d');
assert.deepStrictEqual(fs.readdirSync(dir), ['n\uFFFD.txt']);
assert.strictEqual(fs.readFileSync(path.join(dir, 'n\uFFFD.txt'), 'utf8'), 'c\uFFFDd');
fs.rmSync(dir, { recursive: true, force: true });
