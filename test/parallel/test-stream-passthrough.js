'use strict';
// PassThrough passes chunks through unchanged, with encodings and object
// mode; it is a Transform; it works without new.
const assert = require('assert');
const { PassThrough, Transform, Duplex } = require('stream');

const log = [];
const p = new PassThrough();
assert.ok(p instanceof Transform);
assert.ok(p instanceof Duplex);
p.on('data', (d) => log.push(`data ${d} ${Buffer.isBuffer(d)}`));
p.on('end', () => log.push('end'));
p.on('finish', () => log.push('finish'));
p.on('close', () => log.push('close'));
p.write('one');
p.write(Buffer.from('two'));
p.end('three');

const e = new PassThrough({ encoding: 'hex' });
e.end('AB');
e.on('data', (d) => log.push(`hex ${d}`));

const o = PassThrough({ objectMode: true });
assert.ok(o instanceof PassThrough);
o.end({ x: 1 });
o.on('data', (d) => log.push(`object ${JSON.stringify(d)}`));

// Reading in paused mode.
const r = new PassThrough();
r.write('ab');
r.write('cd');
setImmediate(() => {
  log.push(`read ${r.read(3)} ${r.read()}`);
});

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'data one true', 'data two true', 'data three true', 'end', 'finish', 'hex 4142',
    'object {"x":1}', 'close', 'read abc d',
  ]);
});
