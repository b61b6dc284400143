'use strict';
// unshift() puts a chunk back at the head of the queue: read() sees it
// first. After 'end' it is an error (ERR_STREAM_UNSHIFT_AFTER_END_EVENT);
// unshift(null) ends the stream as push(null) does.
const assert = require('assert');
const { Readable } = require('stream');

const log = [];
const r = new Readable({ read() {} });
r.push('world');
const head = r.read(2);
r.unshift(head);
r.unshift('hello ');
log.push(String(r.read()));

// After a partial read the chunk goes back in front of the rest.
const p = new Readable({ read() {} });
p.push('abcdef');
const ab = p.read(2);
log.push(String(p.read(1)));
p.unshift(ab);
log.push(String(p.read()));

// With an encoding, the queue stays strings.
const e = new Readable({ encoding: 'utf8', read() {} });
e.push('tail');
e.unshift(Buffer.from('head-'));
e.unshift('6869', 'hex');
log.push(e.read());

// After 'end'.
const done = new Readable({ read() { this.push(null); } });
done.on('data', () => {});
done.on('end', () => {
  log.push('end');
  done.on('error', (err) => log.push(`error ${err.code}: ${err.message}`));
  done.unshift('late');
});
done.on('close', () => log.push('close'));

const z = new Readable({ read() {} });
assert.strictEqual(z.unshift(null), false);
z.on('end', () => log.push('z end'));
z.resume();

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'hello world', 'c', 'abdef', 'hihead-tail', 'end', 'z end',
    'error ERR_STREAM_UNSHIFT_AFTER_END_EVENT: stream.unshift() after end event', 'close',
  ]);
});
