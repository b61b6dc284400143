'use strict';
// serialization: 'advanced' puts on the wire what Node puts there: a 4-byte
// big-endian length and the value in V8's format, a Buffer or typed array
// as a host object after the word 0. So kiln and node ends understand each
// other. The child here is sh, which copies the channel's bytes to stdout.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');

if (!fs.existsSync('/bin/sh') || !fs.existsSync('/usr/bin/od')) {
  console.log('1..0 # Skipped: needs /bin/sh and od');
  return;
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-adv-'));
const script = path.join(dir, 'dump.sh');
fs.writeFileSync(script, 'exec od -An -v -tx1 -N 41 <&3\n');
const child = fork(script, [], { execPath: '/bin/sh', execArgv: [], serialization: 'advanced', silent: true });
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.on('close', () => {
  fs.rmSync(dir, { recursive: true, force: true });
  // Bytes Node 24 writes for the two messages below.
  assert.strictEqual(out.replace(/\s+/g, ''),
                     '0000001cff0f6f22016149022201625c000a0268692201755c00040201007b03' + '00000005ff0f220178');
});
child.send({ a: 1, b: Buffer.from('hi'), u: new Uint16Array([1]) });
child.send('x');
