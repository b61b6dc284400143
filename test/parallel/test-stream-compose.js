'use strict';
// stream.compose(...stages): one Duplex, writes into the first stage,
// reads from the last; async generator functions as stages; errors
// destroy the composed stream; readable.compose(); stages must be
// readable or writable where they stand.
const assert = require('assert');
const { compose, Readable, Transform, PassThrough, Writable, Duplex } = require('stream');

const log = [];

async function main() {
  const c = compose(
    new Transform({ transform(chunk, enc, cb) { cb(null, String(chunk).toUpperCase()); } }),
    async function* (src) {
      for await (const chunk of src) yield `<${chunk}>`;
    },
  );
  assert.ok(c instanceof Duplex);
  assert.strictEqual(c.readable, true);
  assert.strictEqual(c.writable, true);
  c.write('a');
  c.end('b');
  log.push(`composed ${(await c.toArray()).map(String).join('')}`);

  // Composing a source: readable only.
  const r = compose(Readable.from(['x', 'y']), new PassThrough({ objectMode: true }));
  log.push(`readable-only writable=${r.writable} data=${(await r.toArray()).join('')}`);

  // Composing into a sink: writable only.
  const got = [];
  const w = compose(new PassThrough(), new Writable({ write(ch, e, cb) { got.push(String(ch)); cb(); } }));
  log.push(`writable-only readable=${w.readable}`);
  await new Promise((resolve) => w.end('z', resolve));
  log.push(`sink got ${got.join('')}`);

  // readable.compose().
  const rc = Readable.from([1, 2, 3]).compose(async function* (src) {
    for await (const n of src) yield n * 2;
  });
  log.push(`readable.compose ${(await rc.toArray()).join(',')}`);

  // An error in a stage.
  const bad = compose(new PassThrough(), new Transform({
    transform(chunk, enc, cb) { cb(new Error('inner failed')); },
  }));
  bad.on('error', (err) => log.push(`error ${err.message}`));
  bad.on('close', () => log.push('bad close'));
  bad.write('x');
  await new Promise((resolve) => bad.on('close', resolve));

  // Destroying the composed stream destroys the stages.
  const t1 = new PassThrough();
  const t2 = new PassThrough();
  const d = compose(t1, t2);
  d.on('error', (err) => log.push(`d error ${err.name}`));
  d.destroy();
  await new Promise((resolve) => d.on('close', resolve));
  log.push(`stages destroyed ${t1.destroyed} ${t2.destroyed}`);

  assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
  // A single stage is Duplex.from() of it.
  const single = new PassThrough();
  assert.strictEqual(compose(single), single);
  assert.throws(() => compose(new Writable(), new PassThrough()), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /must be readable/,
  });
  assert.throws(() => compose(new PassThrough(), new Readable()), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /must be writable/,
  });
  const ended = new PassThrough();
  ended.end();
  assert.throws(() => Readable.from([]).compose(ended), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /must be writable/,
  });
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'composed <A><B>', 'readable-only writable=false data=xy', 'writable-only readable=false',
    'sink got z', 'readable.compose 2,4,6', 'error inner failed', 'bad close',
    'd error AbortError', 'stages destroyed true true', 'main done',
  ]);
});
