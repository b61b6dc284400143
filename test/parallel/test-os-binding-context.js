'use strict';
// node:os reports a failed query of its binding the way Node's binding
// does it: the binding fills a context object ({ syscall, code, message })
// and node:os throws ERR_SYSTEM_ERROR from it. Node's own tests replace
// the binding's getHomeDirectory (through --expose-internals) to check
// this; so does this one, in a child with the flag.
require('../common');
const assert = require('assert');

if (process.argv[2] !== 'child') {
  const { spawnSync } = require('child_process');
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'done\n');
  assert.strictEqual(r.status, 0);
  return;
}

const { internalBinding } = require('internal/test/binding');
const binding = internalBinding('os');
for (const name of ['getHomeDirectory', 'getHostname', 'getUptime']) {
  binding[name] = function(ctx) {
    ctx.syscall = `uv_${name}`;
    ctx.code = 'EFAKE';
    ctx.message = 'made up';
  };
}
const os = require('os');
for (const fn of [os.homedir, os.hostname, os.uptime]) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
    assert.match(err.message, /^A system error occurred: uv_get\w+ returned EFAKE \(made up\)$/);
    assert.strictEqual(err.info.code, 'EFAKE');
    return true;
  });
}
// os took the binding's functions when it loaded.
binding.getHostname = () => 'fake.host';
assert.throws(() => os.hostname(), { code: 'ERR_SYSTEM_ERROR' });
assert.throws(() => `${os.hostname}`, { code: 'ERR_SYSTEM_ERROR' });
console.log('done');
