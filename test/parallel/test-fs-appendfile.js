'use strict';
// appendFile / appendFileSync / promises.appendFile: create when missing,
// append otherwise; the flag option can be replaced, not removed.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-appendfile-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

fs.appendFileSync(file, 'a');
fs.appendFileSync(file, Buffer.from('b'));
fs.appendFileSync(file, '63', 'hex');
fs.appendFileSync(file, 'd', { flag: undefined });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
// An explicit flag wins.
fs.appendFileSync(file, 'new', { flag: 'w' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new');
const opts = { encoding: 'utf8' };
fs.appendFileSync(file, '!', opts);
assert.deepStrictEqual(opts, { encoding: 'utf8' });

fs.appendFile(file, '?', common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new!?');
  fs.promises.appendFile(file, '.').then(common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'new!?.');
  }));
}));
assert.throws(() => fs.appendFile(file, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.appendFileSync(file, {}), { code: 'ERR_INVALID_ARG_TYPE' });
