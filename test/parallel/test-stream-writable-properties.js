'use strict';
// The writable* properties through a stream's life.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
function snap(name, w) {
  log.push(`${name}: writable=${w.writable} ended=${w.writableEnded} finished=${w.writableFinished} ` +
    `needDrain=${w.writableNeedDrain} len=${w.writableLength} corked=${w.writableCorked} ` +
    `aborted=${w.writableAborted} closed=${w.closed} destroyed=${w.destroyed} ` +
    `errored=${w.errored && w.errored.message}`);
}

const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
assert.strictEqual(w.writableHighWaterMark, 2);
assert.strictEqual(w.writableObjectMode, false);
snap('new', w);
w.write('abc');
snap('written', w);
w.end();
snap('ended', w);
w.on('finish', () => snap('finish', w));
w.on('close', () => snap('close', w));

const a = new Writable({ objectMode: true, write(c, e, cb) { setImmediate(cb); } });
assert.strictEqual(a.writableObjectMode, true);
assert.strictEqual(a.writableHighWaterMark, 16);
a.write({});
a.write({});
assert.strictEqual(a.writableLength, 2);
assert.strictEqual(a.writableBuffer.length, 1);
a.on('error', () => {});
a.destroy(new Error('stop'));
snap('aborted', a);

const bare = Object.create(Writable.prototype);
assert.strictEqual(bare.writable, false);
assert.strictEqual(bare.writableFinished, false);
assert.strictEqual(bare.writableEnded, false);
assert.strictEqual(bare.writableNeedDrain, false);
assert.strictEqual(bare.writableCorked, 0);
assert.strictEqual(bare.destroyed, false);

// writable can be switched off.
const o = new Writable();
o.writable = false;
assert.strictEqual(o.writable, false);

process.on('exit', () => {
  assert.deepStrictEqual(log, [

    'new: writable=true ended=false finished=false needDrain=false len=0 corked=0 aborted=false closed=false destroyed=false errored=null',
    'written: writable=true ended=false finished=false needDrain=true len=3 corked=0 aborted=false closed=false destroyed=false errored=null',
    'ended: writable=false ended=true finished=false needDrain=false len=3 corked=0 aborted=false closed=false destroyed=false errored=null',
    'aborted: writable=false ended=false finished=false needDrain=false len=2 corked=0 aborted=true closed=true destroyed=true errored=stop',
    'finish: writable=false ended=true finished=true needDrain=false len=0 corked=0 aborted=false closed=false destroyed=false errored=null',
    'close: writable=false ended=true finished=true needDrain=false len=0 corked=0 aborted=false closed=true destroyed=true errored=null',
  ]);
});
