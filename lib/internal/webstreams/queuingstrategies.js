'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy. Each class has one
// size function, shared by all its instances, as the standard requires.

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_THIS,
  ERR_MISSING_OPTION,
} = require('internal/errors').codes;
const { customInspect, kInspect } = require('internal/webstreams/util');

const ObjectDefineProperty = Object.defineProperty;
const ObjectDefineProperties = Object.defineProperties;

function readInit(init) {
  if (init === null || (typeof init !== 'object' && typeof init !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('init', 'Object', init);
  }
  const highWaterMark = init.highWaterMark;
  if (highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +highWaterMark;
}

// Named `size` and defined as methods so that neither has a prototype.
const { size: byteLengthSize } = { size(chunk) { return chunk.byteLength; } };
const { size: countSize } = { size() { return 1; } };

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

class ByteLengthQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readInit(init);
  }

  get highWaterMark() {
    if (!isObjectLike(this) || !(#highWaterMark in this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isObjectLike(this) || !(#highWaterMark in this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'ByteLengthQueuingStrategy', { highWaterMark: this.#highWaterMark },
                         depth, options, inspect);
  }
}

class CountQueuingStrategy {
  #highWaterMark;

  constructor(init) {
    this.#highWaterMark = readInit(init);
  }

  get highWaterMark() {
    if (!isObjectLike(this) || !(#highWaterMark in this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this.#highWaterMark;
  }

  get size() {
    if (!isObjectLike(this) || !(#highWaterMark in this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options, inspect) {
    return customInspect(this, 'CountQueuingStrategy', { highWaterMark: this.#highWaterMark },
                         depth, options, inspect);
  }
}

// WebIDL members: enumerable; the class tag on the prototype (which Node
// leaves off TextEncoderStream and TextDecoderStream: noTag).
function webIDLClass(Class, names, noTag = false) {
  const proto = Class.prototype;
  const descs = {};
  for (const name of names) {
    descs[name] = { __proto__: null, enumerable: true };
  }
  ObjectDefineProperties(proto, descs);
  if (noTag) return;
  ObjectDefineProperty(proto, Symbol.toStringTag, {
    __proto__: null, value: Class.name, writable: false, enumerable: false, configurable: true,
  });
}

webIDLClass(ByteLengthQueuingStrategy, ['highWaterMark', 'size']);
webIDLClass(CountQueuingStrategy, ['highWaterMark', 'size']);

module.exports = {
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  webIDLClass,
};
