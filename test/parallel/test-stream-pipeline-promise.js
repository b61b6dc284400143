'use strict';
// stream/promises pipeline(): resolves with the destination function's
// value, rejects with the first error; options { signal, end } as a last
// argument. util.promisify(stream.pipeline) is the same function.
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const { pipeline } = require('stream/promises');
const { Readable, Writable, PassThrough } = stream;

const log = [];

async function main() {
  assert.strictEqual(util.promisify(stream.pipeline), pipeline);
  assert.strictEqual(stream.promises.pipeline, pipeline);

  const value = await pipeline(Readable.from(['a', 'b']), async function (src) {
    let s = '';
    for await (const c of src) s += c;
    return s;
  });
  log.push(`value ${value}`);

  const sink = new PassThrough();
  log.push(`stream result ${await pipeline(Readable.from(['x']), sink)}`);

  try {
    await pipeline(Readable.from(['x']), new Writable({ write(c, e, cb) { cb(new Error('no')); } }));
  } catch (err) {
    log.push(`rejected ${err.message}`);
  }

  // A signal.
  const ac = new AbortController();
  const never = new Readable({ read() {} });
  const p = pipeline(never, new PassThrough(), { signal: ac.signal });
  setImmediate(() => ac.abort());
  try {
    await p;
  } catch (err) {
    log.push(`aborted ${err.name} ${err.code} never destroyed=${never.destroyed}`);
  }
  try {
    await pipeline(Readable.from(['x']), new PassThrough(), { signal: AbortSignal.abort() });
  } catch (err) {
    log.push(`pre-aborted ${err.name}`);
  }
  await assert.rejects(pipeline(Readable.from([]), new PassThrough(), { signal: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });

  // end: false leaves the destination open.
  const dest = new PassThrough();
  await pipeline(Readable.from(['kept']), dest, { end: false });
  log.push(`end false: ended=${dest.writableEnded}`);
  dest.end('more');
  log.push(`dest read ${String(Buffer.concat(await dest.toArray()))}`);
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'value ab', 'stream result undefined', 'rejected no',
    'aborted AbortError ABORT_ERR never destroyed=true', 'pre-aborted AbortError',
    'end false: ended=false', 'dest read keptmore', 'main done',
  ]);
});
