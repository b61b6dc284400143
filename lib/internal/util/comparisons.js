'use strict';
// Deep equality, as node:assert and util.isDeepStrictEqual share it. The
// algorithm lives in lib/assert.js, which hands it over here when it loads;
// util calls it directly rather than through assert.deepStrictEqual, whose
// failure builds a message (a diff of both values) that can cost far more
// than the comparison itself.

let impl;

// Objects whose shape (see internalBinding('util').getShape) says they
// have no own property but their elements: fresh arrays of each element
// kind, arrays from literals, empty typed arrays of every type and Buffers.
// They are kept alive here, so no other shape can take their ids. Listing
// the keys of an array or typed array costs JavaScriptCore about a
// microsecond per element (seconds for a few MiB), so deep equality and
// util.inspect skip it for those with one of these shapes; an array or
// typed array of another shape (one with a named property or a symbol, a
// subclass, a resizable buffer) lists its keys.
const ArrayPrototypeSlice = Array.prototype.slice;
const ArrayFrom = Array.from;
const SetCtor = Set;
const SetPrototypeHas = Set.prototype.has;
const SetPrototypeAdd = Set.prototype.add;
let plainShapes;

function makePlainShapes() {
  const { getShape, getSameShape } = internalBinding('util');
  const refs = [[], [1, 2], [1.5, 2.5], ['a', 'b'], [{}, {}], [undefined], []];
  refs[refs.length - 1][0] = 1;
  refs[refs.length] = ArrayPrototypeSlice.call([1.5]);
  refs[refs.length] = ArrayPrototypeSlice.call(['a']);
  // An array's shape also depends on how its elements came to be of their
  // kind: filled by push or Array.from from empty, from ints to doubles.
  const samples = [[1, 2], [1, 1.5], [1.5, 1], ['a', 1], [{}, 1], [1, 'a'], [1, {}], [1.5, 'a']];
  for (let i = 0; i < samples.length; i++) {
    const sample = samples[i];
    const pushed = [];
    for (let j = 0; j < sample.length; j++) pushed[pushed.length] = sample[j];
    refs[refs.length] = pushed;
    refs[refs.length] = ArrayFrom({ length: sample.length }, (_, j) => sample[j]);
    refs[refs.length] = ArrayFrom(sample);
  }
  const ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
    Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
  if (typeof Float16Array === 'function') ctors[ctors.length] = Float16Array;
  for (let i = 0; i < ctors.length; i++) refs[refs.length] = new ctors[i](0);
  const shapes = new SetCtor();
  for (let i = 0; i < refs.length; i++) {
    const shape = getShape(refs[i]);
    if (shape === -1) return { refs, shapes: undefined, getShape, getSameShape, buffers: true };
    SetPrototypeAdd.call(shapes, shape);
  }
  const plain = { refs, shapes, getShape, getSameShape, buffers: false };
  addBufferShapes(plain);
  return plain;
}

// Buffers' shapes join once node:buffer is loaded (it says so in
// natives.bufferLoaded): loading it only to learn them would cost a
// program that never makes a Buffer a few milliseconds at its first
// util.inspect, and no Buffer exists before it is loaded.
function addBufferShapes(plain) {
  if (plain.buffers || natives.bufferLoaded !== true) return false;
  plain.buffers = true;
  const { Buffer } = require('buffer');
  const buffers = [Buffer.alloc(0), Buffer.allocUnsafe(8)];
  for (let i = 0; i < buffers.length; i++) {
    plain.refs[plain.refs.length] = buffers[i];
    SetPrototypeAdd.call(plain.shapes, plain.getShape(buffers[i]));
  }
  return true;
}

// Whether obj has nothing but its elements.
function hasPlainShape(obj) {
  plainShapes ??= makePlainShapes();
  if (plainShapes.shapes === undefined) return false;
  const shape = plainShapes.getShape(obj);
  return SetPrototypeHas.call(plainShapes.shapes, shape) ||
    (addBufferShapes(plainShapes) && SetPrototypeHas.call(plainShapes.shapes, shape));
}

// Whether a and b share one of those shapes: one call into the engine for
// both, where listing keys and symbols of even a three-element array costs
// JavaScriptCore several times as much.
function havePlainShapes(a, b) {
  plainShapes ??= makePlainShapes();
  if (plainShapes.shapes === undefined) return false;
  const shape = plainShapes.getSameShape(a, b);
  return SetPrototypeHas.call(plainShapes.shapes, shape) ||
    (shape !== -1 && addBufferShapes(plainShapes) && SetPrototypeHas.call(plainShapes.shapes, shape));
}

function implementation() {
  if (impl === undefined) require('assert');
  return impl;
}

module.exports = {
  hasPlainShape,
  havePlainShapes,
  setImplementation(fns) {
    impl = fns;
  },
  isDeepEqual(a, b) {
    return implementation().isDeepEqual(a, b);
  },
  isDeepStrictEqual(a, b, skipPrototype) {
    return implementation().isDeepStrictEqual(a, b, skipPrototype);
  },
  isPartialStrictEqual(a, b) {
    return implementation().isPartialStrictEqual(a, b);
  },
};
