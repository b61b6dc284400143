'use strict';
// Every legacy DOMException name maps to its code; the three constants that
// have no name (2, 6, 16) and modern names map to 0. The constants are on the
// constructor and on the prototype, read-only and enumerable.
const assert = require('assert');

const table = [
  ['INDEX_SIZE_ERR', 1, 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', 2, 'DOMStringSizeError'],
  ['HIERARCHY_REQUEST_ERR', 3, 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 4, 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 5, 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', 6, 'NoDataAllowedError'],
  ['NO_MODIFICATION_ALLOWED_ERR', 7, 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 8, 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 9, 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 10, 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 11, 'InvalidStateError'],
  ['SYNTAX_ERR', 12, 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 13, 'InvalidModificationError'],
  ['NAMESPACE_ERR', 14, 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 15, 'InvalidAccessError'],
  ['VALIDATION_ERR', 16, 'ValidationError'],
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
const unnamed = new Set([2, 6, 16]);

for (const [constant, code, name] of table) {
  const expected = { value: code, writable: false, enumerable: true, configurable: false };
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, constant), expected);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, constant), expected);
  const e = new DOMException('m', name);
  assert.strictEqual(e.name, name);
  assert.strictEqual(e.code, unnamed.has(code) ? 0 : code, name);
  assert.strictEqual(e[constant], code);
}

assert.strictEqual(new DOMException('m', 'AbortError').code, 20);
for (const name of ['EncodingError', 'NotReadableError', 'OperationError', 'NotAllowedError',
  'Error', 'Foo', 'toString', 'constructor', '__proto__', 'aborterror']) {
  assert.strictEqual(new DOMException('m', name).code, 0, name);
}
