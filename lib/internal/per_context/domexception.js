'use strict';
// DOMException, the web platform's error class, as Node 24 has it: a real
// Error object (util.types.isNativeError is true, the stack is captured like
// any Error's) whose name, message and code are read-only accessors on the
// prototype, with the legacy numeric codes both on the constructor and on
// the prototype.
//
// This module depends on nothing else in lib/ (Node keeps it per context),
// so the one error it raises itself, a bad `this`, is built here.

// Captured at load: the constructor and getters below run on user values.
// `Error` is kiln's wrapped Error (internal/stack), which captures a
// Node-style stack skipping the frames above new.target.
const ErrorCtor = Error;
const ErrorPrototype = Error.prototype;
const TypeErrorCtor = TypeError;
const ReflectConstruct = Reflect.construct;
const ObjectDefineProperty = Object.defineProperty;
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectSetPrototypeOf = Object.setPrototypeOf;
const MapPrototypeGet = Function.prototype.call.bind(Map.prototype.get);
const SymbolToStringTag = Symbol.toStringTag;

// The names WebIDL gives a legacy code; DOMSTRING_SIZE_ERR (2),
// NO_DATA_ALLOWED_ERR (6) and VALIDATION_ERR (16) have a constant but no
// name, so a DOMException named, say, 'ValidationError' has code 0.
const kLegacy = [
  ['INDEX_SIZE_ERR', 1, 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 2, null],
  ['HIERARCHY_REQUEST_ERR', 3, 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 4, 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 5, 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 6, null],
  ['NO_MODIFICATION_ALLOWED_ERR', 7, 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 8, 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 9, 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 10, 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 11, 'InvalidStateError'],
  ['SYNTAX_ERR', 12, 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 13, 'InvalidModificationError'],
  ['NAMESPACE_ERR', 14, 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 15, 'InvalidAccessError'],
  ['VALIDATION_ERR', 16, null],
  ['TYPE_MISMATCH_ERR', 17, 'TypeMismatchError'],
  ['SECURITY_ERR', 18, 'SecurityError'],
  ['NETWORK_ERR', 19, 'NetworkError'],
  ['ABORT_ERR', 20, 'AbortError'],
  ['URL_MISMATCH_ERR', 21, 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 22, 'QuotaExceededError'],
  ['TIMEOUT_ERR', 23, 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 24, 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 25, 'DataCloneError'],
];

// A Map, not an object: a name such as 'constructor' must find nothing.
const codeByName = new Map();
for (const [, code, name] of kLegacy) {
  if (name !== null) codeByName.set(name, code);
}

function invalidThis() {
  // Node's wording here lacks the "type" that ERR_INVALID_THIS has elsewhere.
  const err = new TypeErrorCtor('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

// `new Attach(obj)` returns obj, so the private fields of a class extending
// Attach are added to obj. That is how an Error object, which only
// Reflect.construct(Error, ...) can make, gets a DOMException's private state.
class Attach {
  constructor(obj) {
    return obj;
  }
}

let isDOMException;
let nameOf;
let messageOf;
let codeOf;

class DOMExceptionState extends Attach {
  #name;
  #message;
  #code;

  constructor(obj, name, message, code) {
    super(obj);
    this.#name = name;
    this.#message = message;
    this.#code = code;
  }

  static {
    isDOMException = (value) =>
      value !== null && (typeof value === 'object' || typeof value === 'function') && #name in value;
    nameOf = (value) => {
      if (!isDOMException(value)) throw invalidThis();
      return value.#name;
    };
    messageOf = (value) => {
      if (!isDOMException(value)) throw invalidThis();
      return value.#message;
    };
    codeOf = (value) => {
      if (!isDOMException(value)) throw invalidThis();
      return value.#code;
    };
  }
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const self = ReflectConstruct(ErrorCtor, [], new.target);
    message = `${message}`;
    let name;
    if (options !== null && typeof options === 'object') {
      // Node converts options.name as given: an absent name becomes 'undefined'.
      name = `${options.name}`;
      if ('cause' in options) {
        ObjectDefineProperty(self, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    const code = MapPrototypeGet(codeByName, name);
    new DOMExceptionState(self, name, message, code === undefined ? 0 : code);
    return self;
  }

  get name() {
    return nameOf(this);
  }

  get message() {
    return messageOf(this);
  }

  get code() {
    return codeOf(this);
  }
}

ObjectSetPrototypeOf(DOMException.prototype, ErrorPrototype);

for (const key of ['name', 'message', 'code']) {
  const desc = ObjectGetOwnPropertyDescriptor(DOMException.prototype, key);
  desc.enumerable = true;
  ObjectDefineProperty(DOMException.prototype, key, desc);
}

for (const [constant, code] of kLegacy) {
  const desc = { value: code, writable: false, enumerable: true, configurable: false };
  ObjectDefineProperty(DOMException, constant, desc);
  ObjectDefineProperty(DOMException.prototype, constant, desc);
}

ObjectDefineProperty(DOMException.prototype, SymbolToStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});

module.exports = { DOMException, isDOMException };
