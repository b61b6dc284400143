'use strict';
// One zlib workload, timed inside the process: node work.js NAME
//   gzip100     gzip then gunzip 100 MiB of text-like data, in streams of 64 KiB chunks
//   gzipsync    gzipSync + gunzipSync of 10 MiB, 5 times
//   brotli10    brotliCompress (quality 5) + brotliDecompress of 10 MiB
//   small       100k gzipSync + gunzipSync of 100-byte strings (the call path)
//   smallopts   50k deflateRawSync + inflateRawSync of 1 KB Buffers, the level
//               changing between calls
//   brotlismall 10k brotliCompressSync (quality 4) + brotliDecompressSync of 1 KB
//   streams     5k createGzip streams of 1 KB each, one after another
// Prints "NAME: <ms> ms" after checking the round trip.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

function corpus(size) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'kiln', 'node', 'stream', 'buffer', '\n'];
  const parts = [];
  let seed = 1;
  let n = 0;
  while (n < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const w = words[seed % words.length];
    parts.push(w, ' ');
    n += w.length + 1;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

const name = process.argv[2];
const t0 = process.hrtime.bigint();
const done = (ok) => {
  if (!ok) throw new Error(`${name}: wrong output`);
  console.log(`${name}: ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`);
};

if (name === 'gzip100') {
  const chunk = corpus(64 * 1024);
  let left = 1600; // 100 MiB
  let out = 0;
  pipeline(new Readable({ read() { this.push(left-- > 0 ? chunk : null); } }),
           zlib.createGzip(), zlib.createGunzip(),
           new Writable({ write(c, e, cb) { out += c.length; cb(); } }),
           (err) => { if (err) throw err; done(out === 1600 * 64 * 1024); });
} else if (name === 'gzipsync') {
  const data = corpus(10 << 20);
  let ok = true;
  for (let i = 0; i < 5; i++) ok = ok && zlib.gunzipSync(zlib.gzipSync(data)).equals(data);
  done(ok);
} else if (name === 'brotli10') {
  const data = corpus(10 << 20);
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 };
  zlib.brotliCompress(data, { params }, (err, packed) => {
    if (err) throw err;
    zlib.brotliDecompress(packed, (err2, out) => { if (err2) throw err2; done(out.equals(data)); });
  });
} else if (name === 'small') {
  const s = 'x'.repeat(50) + 'a small string of about a hundred bytes, compressed and back.';
  let ok = true;
  for (let i = 0; i < 100000; i++) ok = ok && zlib.gunzipSync(zlib.gzipSync(s)).length === s.length;
  done(ok);
} else if (name === 'smallopts') {
  const data = corpus(1024);
  let ok = true;
  for (let i = 0; i < 50000; i++) {
    const packed = zlib.deflateRawSync(data, { level: 1 + i % 9 });
    ok = ok && zlib.inflateRawSync(packed).length === data.length;
  }
  done(ok);
} else if (name === 'brotlismall') {
  const data = corpus(1024);
  const params = { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 };
  let ok = true;
  for (let i = 0; i < 10000; i++) {
    ok = ok && zlib.brotliDecompressSync(zlib.brotliCompressSync(data, { params })).length === data.length;
  }
  done(ok);
} else if (name === 'streams') {
  const data = corpus(1024);
  let left = 5000;
  let bytes = 0;
  const next = () => {
    if (left-- === 0) return done(bytes > 0);
    const chunks = [];
    const gz = zlib.createGzip();
    gz.on('data', (c) => chunks.push(c));
    gz.on('end', () => { bytes += Buffer.concat(chunks).length; next(); });
    gz.end(data);
  };
  next();
} else {
  throw new Error(`unknown workload ${name}`);
}
