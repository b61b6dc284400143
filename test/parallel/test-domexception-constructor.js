'use strict';
// new DOMException(message, name) and new DOMException(message, { name, cause }):
// defaults, string conversion, the options form, the prototype chain, and
// the brand checks of the accessors.
const assert = require('assert');

const e = new DOMException();
assert.strictEqual(e.message, '');
assert.strictEqual(e.name, 'Error');
assert.strictEqual(e.code, 0);

const d = new DOMException('m', 'AbortError');
assert.strictEqual(d.message, 'm');
assert.strictEqual(d.name, 'AbortError');
assert.strictEqual(d.code, 20);
assert(d instanceof DOMException);
assert(d instanceof Error);
assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
assert.strictEqual(Object.prototype.toString.call(d), '[object DOMException]');
assert.strictEqual(String(d), 'AbortError: m');
assert.strictEqual(DOMException.length, 0);
assert.strictEqual(DOMException.name, 'DOMException');
// Name, message and code are prototype accessors, not own properties.
assert.deepStrictEqual(Object.keys(d), []);
assert(!Object.prototype.hasOwnProperty.call(d, 'message'));
for (const key of ['name', 'message', 'code']) {
  const desc = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
  assert.strictEqual(typeof desc.get, 'function');
  assert.strictEqual(desc.set, undefined);
  assert.strictEqual(desc.enumerable, true);
  assert.strictEqual(desc.configurable, true);
}
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                       { value: 'DOMException', writable: false, enumerable: false, configurable: true });

// Conversion to string, as template literals convert.
const h = new DOMException(123, 456);
assert.strictEqual(h.message, '123');
assert.strictEqual(h.name, '456');
assert.strictEqual(new DOMException('x', null).name, 'null');
assert.strictEqual(new DOMException('x', undefined).name, 'Error');
assert.strictEqual(new DOMException({ toString() { return 'ms'; } }).message, 'ms');
assert.throws(() => new DOMException(Symbol('s')), TypeError);
assert.throws(() => new DOMException('x', Symbol('s')), TypeError);

// The options form: name, then cause, read once each.
const reads = [];
const opts = {
  get name() { reads.push('name'); return 'TimeoutError'; },
  get cause() { reads.push('cause'); return 5; },
};
const f = new DOMException('x', opts);
assert.deepStrictEqual(reads, ['name', 'cause']);
assert.strictEqual(f.name, 'TimeoutError');
assert.strictEqual(f.code, 23);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(f, 'cause'),
                       { value: 5, writable: true, enumerable: false, configurable: true });
assert(!('cause' in new DOMException('x', { name: 'AbortError' })));
const u = new DOMException('x', { cause: undefined });
assert(Object.prototype.hasOwnProperty.call(u, 'cause'));
assert.strictEqual(u.cause, undefined);
// A function is not an options object: it is converted like a name.
assert.strictEqual(new DOMException('x', function named() {}).name.startsWith('function'), true);

// A class: `new` is required.
assert.throws(() => DOMException('x'), TypeError);

// The accessors check their receiver.
for (const key of ['name', 'message', 'code']) {
  const get = Object.getOwnPropertyDescriptor(DOMException.prototype, key).get;
  assert.throws(() => get.call({}), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
  assert.throws(() => get.call(new Error('x')), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
}
assert.throws(() => DOMException.prototype.name, { code: 'ERR_INVALID_THIS' });

// Subclasses work, with their own private fields.
class MyException extends DOMException {
  #extra = 7;
  constructor() { super('hi', 'SyntaxError'); }
  get extra() { return this.#extra; }
}
const x = new MyException();
assert(x instanceof MyException);
assert(x instanceof DOMException);
assert(x instanceof Error);
assert.strictEqual(x.name, 'SyntaxError');
assert.strictEqual(x.code, 12);
assert.strictEqual(x.message, 'hi');
assert.strictEqual(x.extra, 7);

// Thrown and caught like any error.
assert.throws(() => { throw new DOMException('thrown', 'DataCloneError'); },
              { name: 'DataCloneError', message: 'thrown', code: 25 });
