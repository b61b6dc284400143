'use strict';
// platform, arch, version, versions and release describe Node 24 on Linux.
const assert = require('assert');

assert.strictEqual(process.platform, 'linux');
const arches = ['x64', 'arm64', 'arm', 'ia32', 'riscv64', 'ppc64', 's390x', 'loong64'];
assert(arches.includes(process.arch), process.arch);
assert.match(process.version, /^v24\.\d+\.\d+/);
assert.strictEqual(typeof process.versions, 'object');
assert.strictEqual(`v${process.versions.node}`, process.version);
for (const [k, v] of Object.entries(process.versions)) {
  assert.strictEqual(typeof v, 'string', k);
}
assert.strictEqual(process.release.name, 'node');
