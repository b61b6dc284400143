'use strict';
// A credential call the system refuses throws Node's errno exception: the
// C library's text in the message ("EPERM, Operation not permitted"), a
// positive errno, code and syscall. Run unprivileged (as nobody when the
// tests run as root). process's C++-backed methods have no prototype and
// are no constructors.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

for (const name of ['abort', '_kill', 'dlopen', 'uptime', 'getuid', 'getgroups', 'getActiveResourcesInfo']) {
  assert.strictEqual(process[name].prototype, undefined, name);
  assert.throws(() => new process[name](), TypeError);
}

if (process.argv[2] === 'child' || process.getuid() !== 0) {
  const calls = {
    setuid: () => process.setuid(0),
    setgid: () => process.setgid(0),
    seteuid: () => process.seteuid(0),
    setegid: () => process.setegid(0),
    setgroups: () => process.setgroups([0]),
  };
  for (const [syscall, call] of Object.entries(calls)) {
    assert.throws(call, (err) => {
      assert.strictEqual(err.message, 'EPERM, Operation not permitted');
      assert.deepStrictEqual([err.code, err.errno, err.syscall], ['EPERM', 1, syscall]);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall']);
      return true;
    });
  }
} else {
  const r = spawnSync(process.execPath, [__filename, 'child'], { uid: 65534, gid: 65534, encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
}
