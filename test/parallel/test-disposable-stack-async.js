'use strict';
// AsyncDisposableStack: use (of [Symbol.asyncDispose] or
// [Symbol.dispose]), adopt and defer add resources that disposeAsync()
// (also [Symbol.asyncDispose]) awaits one after the other, in reverse
// order; it rejects, never throws, for a bad receiver.
const common = require('../common');
const assert = require('assert');

assert.throws(() => AsyncDisposableStack(), {
  name: 'TypeError', message: "Constructor AsyncDisposableStack requires 'new'",
});
const proto = AsyncDisposableStack.prototype;
assert.strictEqual(proto[Symbol.asyncDispose], proto.disposeAsync);
assert.strictEqual(proto[Symbol.toStringTag], 'AsyncDisposableStack');
assert.deepStrictEqual(Object.getOwnPropertyNames(proto).sort(),
                       ['adopt', 'constructor', 'defer', 'disposeAsync', 'disposed', 'move', 'use']);

async function main() {
  const log = [];
  const stack = new AsyncDisposableStack();
  stack.use({ [Symbol.dispose]() { log.push('sync use'); } });
  stack.use({
    [Symbol.asyncDispose]() {
      log.push('async start');
      return new Promise((resolve) => setTimeout(() => { log.push('async end'); resolve(); }, 5));
    },
  });
  stack.use(null);
  stack.adopt('v', async (v) => { log.push(`adopt ${v}`); });
  stack.defer(() => { log.push('defer'); });
  const p = stack.disposeAsync();
  assert.ok(p instanceof Promise);
  assert.strictEqual(stack.disposed, true);
  assert.strictEqual(await p, undefined);
  assert.deepStrictEqual(log.splice(0), ['defer', 'adopt v', 'async start', 'async end', 'sync use']);
  assert.strictEqual(await stack.disposeAsync(), undefined);

  assert.throws(() => stack.use(null), {
    name: 'ReferenceError',
    // (V8's wording: "DisposableStack" at the end for both classes)
    message: 'Cannot call AsyncDisposableStack.prototype.use on an already-disposed DisposableStack',
  });
  const s2 = new AsyncDisposableStack();
  assert.throws(() => s2.use({}), { name: 'TypeError', message: 'Symbol(Symbol.dispose) is not a function' });
  assert.throws(() => s2.use({ [Symbol.asyncDispose]: 1 }), {
    name: 'TypeError', message: 'Symbol(Symbol.asyncDispose) is not a function',
  });
  await assert.rejects(proto.disposeAsync.call({}), {
    name: 'TypeError', message: 'Receiver is not an AsyncDisposableStack',
  });

  // Rejections chain.
  const s3 = new AsyncDisposableStack();
  s3.defer(async () => { throw new Error('first'); });
  s3.defer(() => { throw new Error('last'); });
  await assert.rejects(s3.disposeAsync(), (e) => {
    assert.strictEqual(e.name, 'SuppressedError');
    assert.strictEqual(e.error.message, 'first');
    assert.strictEqual(e.suppressed.message, 'last');
    return true;
  });

  // move() and `await using`.
  const s4 = new AsyncDisposableStack();
  s4.defer(() => log.push('moved'));
  {
    await using s5 = s4.move();
    assert.strictEqual(s4.disposed, true);
  }
  assert.deepStrictEqual(log.splice(0), ['moved']);
}
main().then(common.mustCall());
