'use strict';
// Symbol.asyncDispose on streams: destroys an unfinished stream with an
// AbortError and resolves once it closed; a finished stream just closes.
const assert = require('assert');
const { Readable, Writable } = require('stream');

const log = [];

async function main() {
  const r = new Readable({ read() {} });
  r.on('error', (err) => log.push(`r error ${err.name}`));
  await r[Symbol.asyncDispose]();
  log.push(`r destroyed=${r.destroyed} errored=${r.errored && r.errored.name}`);

  const ended = Readable.from(['x']);
  await ended.toArray();
  await ended[Symbol.asyncDispose]();
  log.push(`ended errored=${ended.errored}`);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (err) => log.push(`w error ${err.name}`));
  await w[Symbol.asyncDispose]();
  log.push(`w destroyed=${w.destroyed} errored=${w.errored && w.errored.name}`);

  const f = new Writable({ write(c, e, cb) { cb(); } });
  await new Promise((resolve) => f.end('x', resolve));
  await f[Symbol.asyncDispose]();
  log.push(`finished writable errored=${f.errored}`);
}

main().then(() => log.push('main done'));

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'r error AbortError', 'r destroyed=true errored=AbortError', 'ended errored=null',
    'w error AbortError', 'w destroyed=true errored=AbortError', 'finished writable errored=null',
    'main done',
  ]);
});
