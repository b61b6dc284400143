'use strict';
// readUInt32LE over a 4 KiB buffer, all offsets, in a loop; and the
// matching writeUInt32LE: read-uint32.js [read|write]. The written values
// are made with int32 arithmetic: a double past 2^32 truncated by `>>> 0`
// is a slow path in JavaScriptCore and measured that, not the write.
const { bytes, time } = require('./common');
const mode = process.argv[2] || 'read';
const buf = bytes(4096);
if (mode === 'read') {
  time(4000, () => {
    let sum = 0;
    for (let o = 0; o <= 4092; o++) sum += buf.readUInt32LE(o);
    return sum;
  });
} else {
  time(4000, (i) => {
    for (let o = 0; o <= 4092; o += 4) buf.writeUInt32LE((Math.imul(o, 0x9e3779b1) ^ i) >>> 0, o);
    return buf;
  });
}
