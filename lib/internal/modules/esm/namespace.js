'use strict';

// Module namespace objects (the specification's exotic object, 10.4.6).
//
// A module's exports live on its "bindings" object: a null-prototype
// object with one getter per export name (the loader's rec.namespace),
// which the transpiled code of importers reads (`_$kiln_i0.x`): plain
// property reads the JIT inlines. A getter-backed object cannot be the
// namespace users see, though: its properties are accessors, where a
// namespace has writable data properties whose values are the live
// bindings, and Object.freeze, defineProperty and delete act differently.
//
// The namespace users see (a namespace import used as a value, import(),
// require() of an ES module, `export * as`) is therefore a Proxy over a
// frozen-shape target that has the same keys as data properties; the
// handler reads the values from the bindings object. The target keeps the
// Proxy invariants true: its properties are non-configurable and writable
// (so any value may be reported) and it is not extensible.

const ObjectDefineProperty = Object.defineProperty;
const ObjectIs = Object.is;
const ObjectHasOwn = Object.hasOwn;
const ObjectKeys = Object.keys;
const ObjectPreventExtensions = Object.preventExtensions;
const ReflectDefineProperty = Reflect.defineProperty;
const ReflectDeleteProperty = Reflect.deleteProperty;
const ReflectGetOwnPropertyDescriptor = Reflect.getOwnPropertyDescriptor;
const SymbolToStringTag = Symbol.toStringTag;
const WeakMapCtor = WeakMap;
const WeakMapPrototypeGet = WeakMap.prototype.get;
const WeakMapPrototypeSet = WeakMap.prototype.set;

const bindingsOfTarget = new WeakMapCtor(); // target -> bindings
const bindingsOfNamespace = new WeakMapCtor(); // proxy -> bindings
const namespaceOfBindings = new WeakMapCtor(); // bindings -> proxy

function bindingsFor(target) {
  return WeakMapPrototypeGet.call(bindingsOfTarget, target);
}

const handler = {
  __proto__: null,
  get(target, key) {
    if (typeof key === 'symbol') return target[key];
    const b = bindingsFor(target);
    return ObjectHasOwn(b, key) ? b[key] : undefined;
  },
  getOwnPropertyDescriptor(target, key) {
    if (typeof key === 'symbol') return ReflectGetOwnPropertyDescriptor(target, key);
    const b = bindingsFor(target);
    if (!ObjectHasOwn(b, key)) return undefined;
    return { value: b[key], writable: true, enumerable: true, configurable: false };
  },
  defineProperty(target, key, desc) {
    if (typeof key === 'symbol') return ReflectDefineProperty(target, key, desc);
    const b = bindingsFor(target);
    if (!ObjectHasOwn(b, key)) return false;
    const value = b[key]; // in its dead zone this throws, as [[GetOwnProperty]] does
    if (desc.configurable === true || desc.enumerable === false || desc.writable === false) return false;
    if ('get' in desc || 'set' in desc) return false;
    if ('value' in desc) return ObjectIs(desc.value, value);
    return true;
  },
  set() {
    return false;
  },
  deleteProperty(target, key) {
    if (typeof key === 'symbol') return ReflectDeleteProperty(target, key);
    return !ObjectHasOwn(bindingsFor(target), key);
  },
};

// The namespace of a bindings object whose exports are final (the module
// is linked): one per bindings object.
function namespaceOf(bindings) {
  let ns = WeakMapPrototypeGet.call(namespaceOfBindings, bindings);
  if (ns !== undefined) return ns;
  const target = { __proto__: null };
  // Own string keys come out in creation order here; the bindings object
  // was filled in the spec's order (sorted by code units).
  const names = ObjectKeys(bindings);
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(target, names[i], { value: undefined, writable: true, enumerable: true, configurable: false });
  }
  ObjectDefineProperty(target, SymbolToStringTag, { value: 'Module', writable: false, enumerable: false, configurable: false });
  ObjectPreventExtensions(target);
  WeakMapPrototypeSet.call(bindingsOfTarget, target, bindings);
  ns = new Proxy(target, handler);
  WeakMapPrototypeSet.call(bindingsOfNamespace, ns, bindings);
  WeakMapPrototypeSet.call(namespaceOfBindings, bindings, ns);
  return ns;
}

// The bindings object behind a namespace, or undefined for anything else
// (util.inspect shows a namespace through it; util.types.isProxy says no).
function namespaceBindings(value) {
  return WeakMapPrototypeGet.call(bindingsOfNamespace, value);
}

module.exports = { namespaceOf, namespaceBindings };
