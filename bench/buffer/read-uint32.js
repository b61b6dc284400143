'use strict';
// readUInt32LE over a 4 KiB buffer, all offsets, in a loop; and the
// matching writeUInt32LE: read-uint32.js [read|write]
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
    for (let o = 0; o <= 4092; o += 4) buf.writeUInt32LE((o * 2654435761 + i) >>> 0, o);
    return buf;
  });
}
