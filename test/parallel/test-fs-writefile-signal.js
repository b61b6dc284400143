'use strict';
// writeFile and readFile with an AbortSignal: aborted before the call, the
// callback gets an AbortError (with the reason as cause) and the promise
// rejects with one; a signal that is never aborted changes nothing.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-writefile-signal-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

const ac = new AbortController();
ac.abort('why');
fs.writeFile(file, 'x', { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'why');
  assert.ok(!fs.existsSync(file));
}));
fs.readFile(__filename, { signal: ac.signal }, common.mustCall((err, data) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(data, undefined);
}));
assert.rejects(fs.promises.writeFile(file, 'x', { signal: ac.signal }), { name: 'AbortError' }).then(common.mustCall());
assert.rejects(fs.promises.readFile(__filename, { signal: ac.signal }), { name: 'AbortError', cause: 'why' })
  .then(common.mustCall());

const live = new AbortController();
fs.writeFile(file, 'kept', { signal: live.signal }, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'kept');
  fs.readFile(file, { signal: live.signal, encoding: 'utf8' }, common.mustSucceed((s) => {
    assert.strictEqual(s, 'kept');
  }));
}));

assert.throws(() => fs.readFile(__filename, { signal: {} }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
});
