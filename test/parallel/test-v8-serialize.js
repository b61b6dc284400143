'use strict';
// v8.serialize/deserialize write and read V8's wire format byte for byte as
// Node does (so data moves between kiln and node), with Node's handling of
// Buffers and typed arrays; the Serializer classes; heap statistics.
require('../common');
const assert = require('assert');
const v8 = require('v8');

// Bytes as Node 24 writes them.
const cases = [
  [{ a: 1 }, 'ff0f6f22016149027b01'],
  [[1, , 3], 'ff0f61034900490249044906400203'], // eslint-disable-line no-sparse-arrays
  ['héllo', 'ff0f220568e96c6c6f'],
  ['h€', 'ff0f63046800ac20'],
  [-0, 'ff0f4e0000000000000080'],
  [1.5, 'ff0f4e000000000000f83f'],
  [-7, 'ff0f490d'],
  [10n, 'ff0f5a100a00000000000000'],
  [-5n, 'ff0f5a110500000000000000'],
  [new Date(0), 'ff0f440000000000000000'],
  [/x/gi, 'ff0f5222017803'],
  [new Map([[1, 2]]), 'ff0f3b490249043a02'],
  [new Set(['a']), 'ff0f272201612c01'],
  [Buffer.from('ab'), 'ff0f5c0a026162'],
  [new Uint16Array([1, 2]), 'ff0f5c040401000200'],
  [[undefined, null, true, false], 'ff0f41045f305446240004'],
  [{ x: {}, y: [] }, 'ff0f6f2201786f7b0022017941002400007b02'],
  [Object(1), 'ff0f6e000000000000f03f'],
  [Object('s'), 'ff0f73220173'],
  [new ArrayBuffer(3), 'ff0f4203000000'],
];
for (const [value, hex] of cases) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex, String(value));
}
const self = {};
self.self = self;
assert.strictEqual(v8.serialize([self, self]).toString('hex'), 'ff0f41026f220473656c665e017b015e01240002');

// Round trips, references and errors.
for (const [value] of cases) {
  assert.deepStrictEqual(v8.deserialize(v8.serialize(value)), value);
}
const back = v8.deserialize(v8.serialize([self, self]));
assert.strictEqual(back[0], back[1]);
assert.strictEqual(back[0].self, back[0]);
const err = v8.deserialize(v8.serialize(new RangeError('bad')));
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'bad');
assert.throws(() => v8.serialize(() => 1), { name: 'Error', message: '() => 1 could not be cloned.' });
assert.throws(() => v8.serialize(Symbol('q')), { name: 'Error', message: 'Symbol(q) could not be cloned.' });
assert.throws(() => v8.serialize(Promise.resolve()), { message: '#<Promise> could not be cloned.' });
assert.throws(() => v8.serialize(new WeakMap()), { message: '#<WeakMap> could not be cloned.' });
assert.throws(() => v8.deserialize(Buffer.from([0xff, 0x0f, 0x01])), { message: /Unable to deserialize/ });
// A Buffer comes back as a view of the input's memory when aligned.
const input = v8.serialize(Buffer.from('xyz'));
const out = v8.deserialize(input);
assert.ok(Buffer.isBuffer(out));
assert.strictEqual(out.toString(), 'xyz');
assert.strictEqual(out.buffer, input.buffer);

// The classes, with a custom host object.
class MySerializer extends v8.Serializer {}
const ser = new MySerializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeDouble(2.5);
ser.writeValue('v');
const bytes = ser.releaseBuffer();
const der = new v8.Deserializer(bytes);
assert.strictEqual(der.readHeader(), true);
assert.strictEqual(der.getWireFormatVersion(), 15);
assert.strictEqual(der.readUint32(), 300);
assert.strictEqual(der.readDouble(), 2.5);
assert.strictEqual(der.readValue(), 'v');

// Heap facts exist and are numbers.
const h = v8.getHeapStatistics();
for (const k of ['total_heap_size', 'used_heap_size', 'heap_size_limit', 'total_available_size']) {
  assert.strictEqual(typeof h[k], 'number', k);
}
assert.ok(Array.isArray(v8.getHeapSpaceStatistics()));
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
assert.strictEqual(v8.isStringOneByteRepresentation('abc'), true);
assert.strictEqual(v8.isStringOneByteRepresentation('€'), false);
v8.setFlagsFromString('--allow-natives-syntax');
