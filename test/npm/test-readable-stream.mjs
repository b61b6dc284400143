// The userland streams that old and new packages build on (issue 6):
// through2 4 (old-style constructors over readable-stream 3, made with
// util.inherits), through2 2 over readable-stream 2 (what gulp-era
// packages still use: process-nextick-args, safe-buffer, core-util-is) and
// readable-stream 4 (Node's stream code as a package, over the npm
// polyfills of buffer, events and process), alone and mixed with
// node:stream. The orders of events are Node 24's.
import assert from 'node:assert';
import { Readable as NodeReadable, Writable as NodeWritable, PassThrough } from 'node:stream';
import { pipeline as nodePipeline } from 'node:stream/promises';
import rs from 'readable-stream';
import through2 from 'through2';
import through2v2 from 'through2-v2';

// through2: a transform with a flush, old-style, between node:stream ends.
{
  const log = [];
  const upper = through2(function(chunk, enc, cb) {
    log.push(`transform ${chunk}`);
    this.push(chunk.toString().toUpperCase());
    cb();
  }, function(cb) {
    log.push('flush');
    this.push('!');
    cb();
  });
  upper.on('finish', () => log.push('finish'));
  upper.on('end', () => log.push('end'));
  const out = [];
  await nodePipeline(
    NodeReadable.from(['ab', 'cd']),
    upper,
    new NodeWritable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } }));
  assert.deepStrictEqual(out, ['AB', 'CD', '!']);
  assert.deepStrictEqual(log, ['transform ab', 'transform cd', 'flush', 'finish', 'end']);
}

// through2.ctor: a constructor made with util.inherits, callable without new.
{
  const Doubler = through2.ctor(function(chunk, enc, cb) { cb(null, chunk.toString().repeat(2)); });
  const a = new Doubler();
  const b = Doubler(); // eslint-disable-line new-cap
  assert.ok(a instanceof Doubler && b instanceof Doubler);
  const got = [];
  b.on('data', (c) => got.push(c.toString()));
  b.end('xy');
  await new Promise((resolve) => b.on('end', resolve));
  assert.deepStrictEqual(got, ['xyxy']);
}

// through2.obj, and an error from a transform reaching pipe's destination.
{
  const seen = [];
  const sum = through2.obj(function(item, enc, cb) { cb(null, { n: item.n * 2 }); });
  const src = new NodeReadable({ objectMode: true, read() {} });
  sum.on('data', (item) => seen.push(item.n));
  src.pipe(sum);
  src.push({ n: 1 });
  src.push({ n: 2 });
  src.push(null);
  await new Promise((resolve) => sum.on('end', resolve));
  assert.deepStrictEqual(seen, [2, 4]);

  const failing = through2((chunk, enc, cb) => cb(new Error('bad chunk')));
  const err = await new Promise((resolve) => {
    failing.on('error', resolve);
    failing.write('x');
  });
  assert.strictEqual(err.message, 'bad chunk');
}

// readable-stream 4: its own Readable, Transform and pipeline, with an
// async generator as a stage.
{
  const chunks = [];
  await rs.promises.pipeline(
    rs.Readable.from(['a', 'b', 'c']),
    async function* (source) {
      for await (const chunk of source) yield `${chunk}${chunk}`;
    },
    new rs.Transform({
      transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
    }),
    new rs.Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } }));
  assert.deepStrictEqual(chunks, ['AA', 'BB', 'CC']);
}

// Its Readable's events in paused and flowing use, as in Node.
{
  const log = [];
  const r = new rs.Readable({ read() {} });
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read()) !== null) log.push(`read ${chunk}`);
  });
  r.on('end', () => log.push('end'));
  r.on('close', () => log.push('close'));
  r.push('x');
  r.push('y');
  r.push(null);
  await new Promise((resolve) => r.on('close', resolve));
  assert.deepStrictEqual(log, ['read xy', 'end', 'close']);
}

// Mixed: a readable-stream Readable into node:stream, and back; finished()
// and destroy() with an error on each side.
{
  const out = [];
  const pass = new PassThrough();
  const sink = new rs.Writable({ write(chunk, enc, cb) { out.push(chunk.toString()); cb(); } });
  rs.Readable.from(['1', '2']).pipe(pass).pipe(sink);
  await new Promise((resolve) => sink.on('finish', resolve));
  assert.deepStrictEqual(out, ['1', '2']);

  const r = new rs.Readable({ read() {} });
  const done = new Promise((resolve) => rs.finished(r, resolve));
  r.destroy(new Error('stop'));
  const err = await done;
  assert.strictEqual(err.message, 'stop');
  assert.strictEqual(r.destroyed, true);

  const n = new NodeReadable({ read() {} });
  const nodeDone = new Promise((resolve) => rs.finished(n, resolve));
  n.destroy(new Error('node side'));
  assert.strictEqual((await nodeDone).message, 'node side');
}

// for await over a readable-stream Readable, and node:stream's web bridge
// over one.
{
  const got = [];
  for await (const chunk of rs.Readable.from([Buffer.from('p'), Buffer.from('q')])) got.push(chunk.toString());
  assert.deepStrictEqual(got, ['p', 'q']);
  // readable-stream's own toWeb needs Node's internals; node:stream's takes
  // its streams.
  const web = NodeReadable.toWeb(rs.Readable.from(['w1', 'w2'], { objectMode: true }));
  const fromWeb = [];
  for await (const chunk of web) fromWeb.push(chunk);
  assert.deepStrictEqual(fromWeb, ['w1', 'w2']);
}

// through2 2 over readable-stream 2: transform, flush, objectMode and the
// order of its events, piped between node:stream ends.
{
  const log = [];
  const t = through2v2.obj(function(item, enc, cb) {
    log.push(`transform ${item}`);
    cb(null, item * 10);
  }, function(cb) {
    log.push('flush');
    cb();
  });
  t.on('finish', () => log.push('finish'));
  t.on('end', () => log.push('end'));
  const out = [];
  await nodePipeline(
    NodeReadable.from([1, 2, 3]),
    t,
    new NodeWritable({ objectMode: true, write(item, enc, cb) { out.push(item); cb(); } }));
  assert.deepStrictEqual(out, [10, 20, 30]);
  assert.deepStrictEqual(log, ['transform 1', 'transform 2', 'transform 3', 'flush', 'finish', 'end']);

  // Buffers through it stay Buffers; a string chunk is decoded as utf8.
  const bytes = [];
  const copy = through2v2((chunk, enc, cb) => cb(null, chunk));
  copy.on('data', (chunk) => bytes.push(Buffer.isBuffer(chunk) ? chunk.toString('hex') : chunk));
  copy.write(Buffer.from([1, 2]));
  copy.end('é');
  await new Promise((resolve) => copy.on('end', resolve));
  assert.deepStrictEqual(bytes, ['0102', 'c3a9']);
}
