'use strict';
// DisposableStack: use, adopt and defer add resources that dispose()
// (also [Symbol.dispose]) releases once, in reverse order; move() hands
// them to a new stack; a disposed stack refuses more with a
// ReferenceError; errors chain as SuppressedErrors.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof DisposableStack, 'function');
assert.strictEqual(DisposableStack.length, 0);
assert.throws(() => DisposableStack(), {
  name: 'TypeError', message: "Constructor DisposableStack requires 'new'",
});
const proto = DisposableStack.prototype;
assert.strictEqual(proto[Symbol.dispose], proto.dispose);
assert.strictEqual(proto.dispose.name, 'dispose');
assert.strictEqual(proto[Symbol.toStringTag], 'DisposableStack');
assert.strictEqual(String(new DisposableStack()), '[object DisposableStack]');
assert.deepStrictEqual([proto.use.length, proto.adopt.length, proto.defer.length, proto.move.length], [1, 2, 1, 0]);
assert.deepStrictEqual(Object.getOwnPropertyNames(proto).sort(),
                       ['adopt', 'constructor', 'defer', 'dispose', 'disposed', 'move', 'use']);
assert.strictEqual(Object.keys(proto).length, 0);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'DisposableStack'), {
  value: DisposableStack, writable: true, enumerable: false, configurable: true,
});

const log = [];
const res = (name) => ({ [Symbol.dispose]() { log.push(name); } });
const stack = new DisposableStack();
assert.strictEqual(stack.disposed, false);
const r1 = res('use');
assert.strictEqual(stack.use(r1), r1);
assert.strictEqual(stack.use(null), null);
assert.strictEqual(stack.use(undefined), undefined);
assert.strictEqual(stack.adopt('value', (v) => log.push(`adopt ${v}`)), 'value');
assert.strictEqual(stack.defer(function() { log.push(`defer ${this} ${arguments.length}`); }), undefined);
assert.strictEqual(stack.dispose(), undefined);
assert.deepStrictEqual(log.splice(0), ['defer undefined 0', 'adopt value', 'use']);
assert.strictEqual(stack.disposed, true);
assert.strictEqual(stack.dispose(), undefined); // a second time: nothing
assert.deepStrictEqual(log, []);

for (const [method, args] of [['use', [null]], ['adopt', [1, () => {}]], ['defer', [() => {}]], ['move', []]]) {
  assert.throws(() => stack[method](...args), {
    name: 'ReferenceError',
    message: `Cannot call DisposableStack.prototype.${method} on an already-disposed DisposableStack`,
  });
}

// Argument checks.
const s2 = new DisposableStack();
assert.throws(() => s2.use(1), { name: 'TypeError', message: 'An object is expected with `using` declarations' });
assert.throws(() => s2.use({}), { name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function' });
assert.throws(() => s2.adopt(1, 2), { name: 'TypeError', message: '2 is not a function' });
assert.throws(() => s2.defer('x'), { name: 'TypeError', message: 'x is not a function' });
for (const name of ['use', 'adopt', 'defer', 'move', 'dispose']) {
  assert.throws(() => proto[name].call({}), {
    name: 'TypeError', message: `Method DisposableStack.prototype.${name} called on incompatible receiver #<Object>`,
  });
}
assert.throws(() => Object.getOwnPropertyDescriptor(proto, 'disposed').get.call({}), {
  name: 'TypeError', message: 'Method get DisposableStack.prototype.disposed called on incompatible receiver #<Object>',
});

// move(): the resources go with the new stack, the old one is disposed.
const s3 = new DisposableStack();
s3.use(res('moved'));
const moved = s3.move();
assert.strictEqual(s3.disposed, true);
assert.strictEqual(moved.disposed, false);
assert.ok(moved instanceof DisposableStack);
s3.dispose();
assert.deepStrictEqual(log, []);
moved.dispose();
assert.deepStrictEqual(log.splice(0), ['moved']);

// Subclasses: instances are theirs, move() makes a plain DisposableStack.
class Sub extends DisposableStack {}
const sub = new Sub();
assert.ok(sub instanceof Sub);
assert.strictEqual(Object.getPrototypeOf(sub.move()), DisposableStack.prototype);

// Errors: every resource is disposed; later errors wrap earlier ones.
const s4 = new DisposableStack();
s4.defer(() => { log.push(1); throw new Error('first'); });
s4.defer(() => { log.push(2); });
s4.defer(() => { log.push(3); throw new Error('last'); });
assert.throws(() => s4.dispose(), (e) => {
  assert.ok(e instanceof SuppressedError);
  assert.strictEqual(e.message, 'An error was suppressed during disposal');
  assert.strictEqual(e.error.message, 'first');
  assert.strictEqual(e.suppressed.message, 'last');
  return true;
});
assert.deepStrictEqual(log.splice(0), [3, 2, 1]);

// With `using`.
{
  using s = new DisposableStack();
  s.defer(() => log.push('deferred'));
}
assert.deepStrictEqual(log.splice(0), ['deferred']);
