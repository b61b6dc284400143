'use strict';
// Duplex.from(): from a Duplex (itself), a Readable or Writable, an
// iterable, an async generator function (writes in, yields out), an
// async function (writes in), a promise, a { readable, writable } pair.
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough } = require('stream');

const log = [];

async function main() {
  const p = new PassThrough();
  assert.strictEqual(Duplex.from(p), p);

  const fromR = Duplex.from(Readable.from(['r1', 'r2']));
  log.push(`from readable: writable=${fromR.writable} data=${(await fromR.toArray()).join(',')}`);

  const written = [];
  const fromW = Duplex.from(new Writable({ write(c, e, cb) { written.push(String(c)); cb(); } }));
  log.push(`from writable: readable=${fromW.readable}`);
  await new Promise((resolve) => fromW.end('w1', resolve));
  log.push(`written ${written.join(',')}`);

  const fromIt = Duplex.from(['i1', 'i2']);
  log.push(`from iterable: writable=${fromIt.writable} data=${(await fromIt.toArray()).join(',')}`);

  const gen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  gen.write('g1');
  gen.end('g2');
  log.push(`from generator: ${(await gen.toArray()).join(',')}`);

  const seen = [];
  const fn = Duplex.from(async function (source) {
    for await (const chunk of source) seen.push(String(chunk));
  });
  log.push(`from async function: readable=${fn.readable}`);
  await new Promise((resolve) => fn.end('f1', resolve));
  log.push(`seen ${seen.join(',')}`);

  const prom = Duplex.from(Promise.resolve('promised'));
  log.push(`from promise: ${(await prom.toArray()).join(',')}`);

  const rejected = Duplex.from(Promise.reject(new Error('nope')));
  try {
    await rejected.toArray();
  } catch (err) {
    log.push(`rejected promise: ${err.message}`);
  }

  const out = new PassThrough();
  const inp = [];
  const pair = Duplex.from({
    readable: Readable.from(['pr']),
    writable: new Writable({ write(c, e, cb) { inp.push(String(c)); cb(); } }),
  });
  pair.end('pw');
  log.push(`pair read ${(await pair.toArray()).join(',')} wrote ${inp.join(',')}`);
  void out;

  assert.throws(() => Duplex.from(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "body" argument must be of type function or an instance of Blob, ReadableStream, ' +
      'WritableStream, Stream, Iterable, AsyncIterable, or Promise or { readable, writable } pair. ' +
      'Received type number (5)',
  });
  assert.throws(() => Duplex.from(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" ' +
      'function but got type number (5).',
  });
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'from readable: writable=false data=r1,r2', 'from writable: readable=false', 'written w1',
    'from iterable: writable=false data=i1,i2', 'from generator: G1,G2',
    'from async function: readable=false', 'seen f1', 'from promise: promised',
    'rejected promise: nope', 'pair read pr wrote pw', 'main done',
  ]);
});
