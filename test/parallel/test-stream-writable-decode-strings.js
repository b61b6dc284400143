'use strict';
// What _write receives: strings become Buffers (encoding 'buffer')
// unless decodeStrings is false; the encoding argument, defaultEncoding
// and setDefaultEncoding() decide how strings are read; typed arrays
// arrive as Buffers; object mode passes everything as it is.
const assert = require('assert');
const { Writable } = require('stream');

const log = [];
function show(chunk) {
  return Buffer.isBuffer(chunk) ? `<Buffer ${chunk.toString('hex')}>` : JSON.stringify(chunk);
}
function make(name, opts) {
  return new Writable({
    ...opts,
    write(chunk, encoding, cb) {
      log.push(`${name} ${show(chunk)} ${encoding}`);
      cb();
    },
  });
}

const d = make('default');
d.write('hi');
d.write('6869', 'hex');
d.write(Buffer.from('b'));
d.write(new Uint8Array([1, 2]));
d.write(new Uint16Array([0x0102]));
d.write('aGk=', 'base64', () => log.push('cb with encoding'));
// 'buffer' is an encoding for bytes only.
d.write(Buffer.from('c'), 'buffer');
assert.throws(() => d.write('c', 'buffer'), { code: 'ERR_UNKNOWN_ENCODING' });

const k = make('keep', { decodeStrings: false });
k.write('hi');
k.write('6869', 'hex');
k.write(Buffer.from('b'));

const de = make('defenc', { decodeStrings: false, defaultEncoding: 'hex' });
de.write('ff');
assert.strictEqual(de.setDefaultEncoding('BASE64'), de);
de.write('AA==');
assert.strictEqual(de._writableState.defaultEncoding, 'base64');

const l = make('latin1', { defaultEncoding: 'latin1' });
l.write('\u00e9');

const o = make('object', { objectMode: true });
o.write('text');
o.write({ a: 1 });
o.write(7, 'hex');
o.write(undefined);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'default <Buffer 6869> buffer', 'default <Buffer 6869> buffer', 'default <Buffer 62> buffer',
    'default <Buffer 0102> buffer', 'default <Buffer 0201> buffer', 'default <Buffer 6869> buffer',
    'default <Buffer 63> buffer', 'keep "hi" utf8', 'keep "6869" hex', 'keep <Buffer 62> buffer',
    'defenc "ff" hex', 'defenc "AA==" base64', 'latin1 <Buffer e9> buffer',
    'object "text" undefined', 'object {"a":1} undefined', 'object 7 hex',
    'object undefined undefined', 'cb with encoding',
  ]);
});
