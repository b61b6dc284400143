'use strict';
// node:test's mock API used directly (no test running): mock.fn call
// records, implementations (once, by call number, times), constructors,
// mock.method / getter / setter and restoring them, reset().
const assert = require('assert');
const { mock } = require('node:test');

{
  const sum = mock.fn(function sum(a, b) { return a + b; });
  assert.strictEqual(sum.name, 'sum');
  assert.strictEqual(sum.length, 2);
  assert.strictEqual(sum.call('self', 1, 2), 3);
  assert.throws(() => sum(1n, 2), TypeError);
  assert.strictEqual(sum.mock.callCount(), 2);
  const [ok, bad] = sum.mock.calls;
  assert.deepStrictEqual(ok.arguments, [1, 2]);
  assert.strictEqual(ok.result, 3);
  assert.strictEqual(ok.error, undefined);
  assert.strictEqual(ok.this, 'self');
  assert.strictEqual(ok.target, undefined);
  assert(ok.stack instanceof Error);
  assert(bad.error instanceof TypeError);
  assert.strictEqual(bad.result, undefined);
  // calls is a copy.
  sum.mock.calls.push(1);
  assert.strictEqual(sum.mock.calls.length, 2);
  assert.strictEqual('mock' in sum, false);

  sum.mock.mockImplementationOnce(() => 'once');
  sum.mock.mockImplementationOnce(() => 'fifth', 4);
  sum.mock.mockImplementation((a, b) => a * b);
  assert.strictEqual(sum(2, 3), 'once');
  assert.strictEqual(sum(2, 3), 6);
  assert.strictEqual(sum(2, 3), 'fifth');
  sum.mock.resetCalls();
  assert.strictEqual(sum.mock.callCount(), 0);
  sum.mock.restore();
  assert.strictEqual(sum(2, 3), 5);
  assert.throws(() => sum.mock.mockImplementationOnce(() => {}, 0), { code: 'ERR_OUT_OF_RANGE' });
}

{
  const fn = mock.fn((x) => x, () => 'mocked', { times: 2 });
  assert.deepStrictEqual([fn(1), fn(2), fn(3)], ['mocked', 'mocked', 3]);
  const empty = mock.fn();
  assert.strictEqual(empty(5), undefined);
  assert.throws(() => mock.fn(1), { code: 'ERR_INVALID_ARG_TYPE' });
}

{
  class Point {
    constructor(x) { this.x = x; }
  }
  const P = mock.fn(Point);
  const p = new P(4);
  assert(p instanceof Point);
  assert.strictEqual(p.x, 4);
  const call = P.mock.calls[0];
  assert.strictEqual(call.target, Point);
  assert.strictEqual(call.this, p);
  assert.strictEqual(call.result, p);
}

{
  class Base {
    twice(x) { return 2 * x; }
  }
  const obj = new Base();
  const m = mock.method(obj, 'twice', function(x) { return [this === obj, x]; });
  assert.deepStrictEqual(obj.twice(3), [true, 3]);
  assert.strictEqual(obj.twice, m);
  assert.strictEqual(m.mock.calls[0].this, obj);
  assert.strictEqual(new Base().twice.mock, undefined);
  m.mock.restore();
  assert.strictEqual(obj.twice, Base.prototype.twice);
  assert.strictEqual(obj.twice(3), 6);

  // Without an implementation the original runs, and is tracked.
  const spy = mock.method(Math, 'max');
  assert.strictEqual(Math.max(1, 7), 7);
  assert.strictEqual(spy.mock.callCount(), 1);
  spy.mock.restore();
  assert.strictEqual(Math.max.mock, undefined);

  assert.throws(() => mock.method(obj, 'nothing'), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => mock.method(obj, 'twice', { getter: true, setter: true }),
                { code: 'ERR_INVALID_ARG_VALUE' });
}

{
  let stored = 1;
  const obj = {
    get value() { return stored; },
    set value(v) { stored = v; },
  };
  const g = mock.getter(obj, 'value', () => 42);
  assert.strictEqual(obj.value, 42);
  assert.strictEqual(g.mock.callCount(), 1);
  const s = mock.setter(obj, 'value', function(v) { stored = v * 10; });
  obj.value = 2;
  assert.strictEqual(stored, 20);
  assert.deepStrictEqual(s.mock.calls[0].arguments, [2]);
  s.mock.restore();
  g.mock.restore();
  assert.strictEqual(obj.value, 20);
  obj.value = 3;
  assert.strictEqual(stored, 3);
}

{
  const obj = { run() { return 'real'; } };
  mock.method(obj, 'run', () => 'fake');
  const f = mock.fn();
  assert.strictEqual(obj.run(), 'fake');
  mock.reset();
  assert.strictEqual(obj.run(), 'real');
  f();
  assert.strictEqual(f.mock.callCount(), 1);
}
