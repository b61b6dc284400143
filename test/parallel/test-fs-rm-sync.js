'use strict';
// rmSync: the same contract as rm, synchronously; a tree with a
// read-only file and a file whose name is not UTF-8 goes too.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-rm-sync-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const p = (name) => path.join(tmp, name);

fs.mkdirSync(p('t/a/b'), { recursive: true });
fs.writeFileSync(p('t/a/b/ro'), 'x', { mode: 0o444 });
fs.writeFileSync(Buffer.concat([Buffer.from(p('t/a/')), Buffer.from([0xff, 0xfe])]), 'latin');
fs.writeFileSync(p('outside'), 'keep');
fs.symlinkSync(p('outside'), p('t/link'));
fs.symlinkSync(tmp, p('t/dirlink'));

assert.throws(() => fs.rmSync(p('t')), {
  name: 'SystemError',
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${p('t')}`,
});
fs.rmSync(p('t'), { recursive: true });
assert.ok(!fs.existsSync(p('t')));
assert.strictEqual(fs.readFileSync(p('outside'), 'utf8'), 'keep');

assert.throws(() => fs.rmSync(p('missing')), {
  code: 'ENOENT', syscall: 'lstat', path: p('missing'),
  message: `ENOENT: no such file or directory, lstat '${p('missing')}'`,
});
fs.rmSync(p('missing'), { force: true });
fs.rmSync(p('missing'), { force: true, recursive: true });
fs.rmSync(p('outside'));
assert.ok(!fs.existsSync(p('outside')));
fs.mkdirSync(p('empty'));
fs.rmSync(p('empty'), { recursive: true });
assert.ok(!fs.existsSync(p('empty')));
assert.throws(() => fs.rmSync(p('x'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type string (\'yes\')',
});
assert.throws(() => fs.rmSync(), { code: 'ERR_INVALID_ARG_TYPE' });
