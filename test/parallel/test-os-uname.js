'use strict';
// os.type/release/version/machine (uname), hostname, platform, arch,
// endianness, EOL and devNull on Linux, and the template-string conversion
// Node gives the value functions.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.endianness(), 'LE');
for (const fn of ['release', 'version', 'machine', 'hostname']) {
  const v = os[fn]();
  assert.strictEqual(typeof v, 'string', fn);
  assert.ok(v.length > 0, fn);
  assert.strictEqual(`${os[fn]}`, v, fn);
  assert.strictEqual(os[fn].length, 0, fn);
}
assert.match(os.release(), /^\d+\.\d+/);
const machines = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', riscv64: 'riscv64' };
if (machines[process.arch] && process.arch !== 'ia32' && process.arch !== 'arm') {
  assert.strictEqual(os.machine(), machines[process.arch]);
}

assert.strictEqual(`${os.type}`, 'Linux');
assert.strictEqual(`${os.platform}`, 'linux');
assert.strictEqual(`${os.arch}`, process.arch);
assert.strictEqual(`${os.endianness}`, 'LE');
assert.strictEqual(typeof os.type[Symbol.toPrimitive], 'function');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
for (const name of ['EOL', 'devNull']) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, name),
                         { value: os[name], writable: false, enumerable: true, configurable: true });
}
assert.throws(() => { 'use strict'; os.EOL = '\r\n'; }, TypeError);
