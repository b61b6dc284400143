'use strict';
// stream.destroy(), isReadable, isWritable, isErrored, isDisturbed and
// isDestroyed through a stream's life.
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

const log = [];
function states(name, s) {
  log.push(`${name}: readable=${stream.isReadable(s)} writable=${stream.isWritable(s)} ` +
    `errored=${stream.isErrored(s)} disturbed=${stream.isDisturbed(s)} destroyed=${stream.isDestroyed(s)}`);
}

const r = new Readable({ read() {} });
states('new readable', r);
r.push('x');
r.read();
states('read from', r);
r.push(null);
r.resume();
r.on('end', () => states('ended', r));

const w = new Writable({ write(c, e, cb) { cb(); } });
states('new writable', w);
w.end();
states('ending writable', w);

const p = new PassThrough();
p.on('error', () => {});
stream.destroy(p, new Error('x'));
states('destroyed with error', p);
p.on('close', () => states('closed with error', p));

// stream.destroy on something that only has close().
const closable = { close() { log.push('close() called'); } };
stream.destroy(closable);

// Not streams.
states('object', {});
states('null', null);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'new readable: readable=true writable=null errored=false disturbed=false destroyed=false',
    'read from: readable=true writable=null errored=false disturbed=true destroyed=false',
    'new writable: readable=null writable=true errored=false disturbed=false destroyed=false',
    'ending writable: readable=null writable=false errored=false disturbed=false destroyed=false',
    'destroyed with error: readable=false writable=false errored=false disturbed=true destroyed=true',
    'close() called',
    'object: readable=null writable=null errored=false disturbed=false destroyed=null',
    'null: readable=null writable=null errored=false disturbed=false destroyed=null',
    'closed with error: readable=false writable=false errored=true disturbed=true destroyed=true',
    'ended: readable=false writable=null errored=false disturbed=true destroyed=false',
  ]);
});
