'use strict';
// The readable* properties through a stream's life: readableEnded,
// readableAborted, readableDidRead, readableLength, readableObjectMode,
// readableFlowing, readable, closed, destroyed, errored.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
function snap(name, r) {
  log.push(`${name}: readable=${r.readable} ended=${r.readableEnded} aborted=${r.readableAborted} ` +
    `didRead=${r.readableDidRead} len=${r.readableLength} flowing=${r.readableFlowing} ` +
    `closed=${r.closed} destroyed=${r.destroyed} errored=${r.errored && r.errored.message}`);
}

const r = new Readable({ read() {} });
assert.strictEqual(r.readableObjectMode, false);
assert.strictEqual(r.readableEncoding, null);
snap('new', r);
r.push('abc');
snap('pushed', r);
r.read(1);
snap('read', r);
r.push(null);
r.on('end', () => snap('end', r));
r.on('close', () => snap('close', r));
r.resume();

const a = new Readable({ objectMode: true, read() {} });
assert.strictEqual(a.readableObjectMode, true);
a.push(1);
a.on('error', () => {});
a.on('close', () => snap('aborted close', a));
a.destroy(new Error('boom'));
snap('aborted', a);

// Setting readable and readableFlowing writes the state.
const w = new Readable({ read() {} });
w.readable = false;
assert.strictEqual(w.readable, false);
assert.strictEqual(w.readableAborted, false);
w.readableFlowing = false;
assert.strictEqual(w.isPaused(), true);
w.destroyed = true;
assert.strictEqual(w.destroyed, true);

// A destroyed stream with readable: false is not aborted.
const n = new Readable({ read() {} });
n.readable = false;
n.destroy();
assert.strictEqual(n.readableAborted, false);

// Properties on a prototype-only object do not throw where Node's do not.
const bare = Object.create(Readable.prototype);
assert.strictEqual(bare.readable, false);
assert.strictEqual(bare.destroyed, false);
assert.strictEqual(bare.closed, false);
assert.strictEqual(bare.errored, null);
assert.strictEqual(bare.readableEnded, false);
assert.strictEqual(bare.readableObjectMode, false);

process.on('exit', () => {
  assert.deepStrictEqual(log, [

    'new: readable=true ended=false aborted=false didRead=false len=0 flowing=null closed=false destroyed=false errored=null',
    'pushed: readable=true ended=false aborted=false didRead=false len=3 flowing=null closed=false destroyed=false errored=null',
    'read: readable=true ended=false aborted=false didRead=true len=2 flowing=null closed=false destroyed=false errored=null',
    'aborted: readable=false ended=false aborted=true didRead=false len=1 flowing=null closed=true destroyed=true errored=boom',
    'aborted close: readable=false ended=false aborted=true didRead=false len=1 flowing=null closed=true destroyed=true errored=boom',
    'end: readable=false ended=true aborted=false didRead=true len=0 flowing=true closed=false destroyed=false errored=null',
    'close: readable=false ended=true aborted=false didRead=true len=0 flowing=true closed=true destroyed=true errored=null',
  ]);
});
