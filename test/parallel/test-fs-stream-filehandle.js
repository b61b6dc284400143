'use strict';
// FileHandle.createReadStream and createWriteStream: streams over the
// handle, closing it when they end; fs.createReadStream({ fd: handle });
// a custom fs for a stream.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-stream-fh-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');

(async () => {
  const wh = await fs.promises.open(file, 'w');
  const ws = wh.createWriteStream();
  ws.write('from ');
  await new Promise((resolve) => ws.end('handle', resolve));
  await new Promise((resolve) => ws.on('close', resolve));
  assert.strictEqual(wh.fd, -1);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'from handle');

  const rh = await fs.promises.open(file);
  let out = '';
  const rs = rh.createReadStream({ encoding: 'utf8', start: 5 });
  for await (const chunk of rs) out += chunk;
  assert.strictEqual(out, 'handle');
  await new Promise((resolve) => (rs.closed ? resolve() : rs.on('close', resolve)));
  assert.strictEqual(rh.fd, -1);

  const rh2 = await fs.promises.open(file);
  const rs2 = fs.createReadStream(null, { fd: rh2, encoding: 'utf8' });
  let out2 = '';
  for await (const chunk of rs2) out2 += chunk;
  assert.strictEqual(out2, 'from handle');

  // Custom fs methods.
  const calls = [];
  const rs3 = fs.createReadStream(file, {
    fs: {
      open: (...args) => { calls.push('open'); return fs.open(...args); },
      read: (...args) => { calls.push('read'); return fs.read(...args); },
      close: (...args) => { calls.push('close'); return fs.close(...args); },
    },
  });
  let out3 = '';
  for await (const chunk of rs3) out3 += chunk;
  assert.strictEqual(out3, 'from handle');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual([calls[0], calls[1], calls[calls.length - 1]], ['open', 'read', 'close']);
  assert.throws(() => fs.createReadStream(file, { fs: { open: 1 } }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
