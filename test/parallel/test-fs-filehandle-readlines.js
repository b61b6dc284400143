'use strict';
// FileHandle.readLines(): a readline Interface over the handle's read
// stream; lines split on \n and \r\n (crlfDelay is Infinity), empty lines
// kept, the last line without an ending included; start/end options pass
// to createReadStream. The handle closes when the stream ends.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const EventEmitter = require('events');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-readlines-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, '1\n\n2\r\nthree\u00e9\nlast');

let done = false;
(async () => {
  const handle = await fs.promises.open(file);
  const rl = handle.readLines();
  assert.ok(rl instanceof EventEmitter);
  assert.strictEqual(rl.constructor.name, 'Interface');
  assert.strictEqual(typeof rl.close, 'function');
  const lines = [];
  for await (const line of rl) lines.push(line);
  assert.deepStrictEqual(lines, ['1', '', '2', 'three\u00e9', 'last']);

  const h2 = await fs.promises.open(file);
  const part = [];
  for await (const line of h2.readLines({ start: 2, end: 4 })) part.push(line);
  assert.deepStrictEqual(part, ['', '2']);
  await h2.close();
  done = true;
})();
process.on('exit', () => assert.ok(done));
