'use strict';
// append, delete (with a value), get, getAll, has (with a value), set,
// sort, size and toString, with Node's argument errors.
require('../common');
const assert = require('assert');

const p = new URLSearchParams('a=1&b=2&a=3&c=4');
assert.strictEqual(p.size, 4);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '3']);
assert.strictEqual(p.has('a'), true);
assert.strictEqual(p.has('a', '3'), true);
assert.strictEqual(p.has('a', '2'), false);
assert.strictEqual(p.has('a', undefined), true);
p.delete('a', '3');
assert.strictEqual(p.toString(), 'a=1&b=2&c=4');
p.append('a', 'x');
p.set('a', 'y');
assert.strictEqual(p.toString(), 'a=y&b=2&c=4');
p.delete('a');
assert.strictEqual(p.toString(), 'b=2&c=4');
p.set('new', 'v');
assert.strictEqual(p.toString(), 'b=2&c=4&new=v');

// Sort is stable and compares UTF-16 code units.
const s = new URLSearchParams([['z', '1'], ['a', '2'], ['\ufb03', '3'], ['\ud83c\udf08', '4'], ['a', '5'], ['', '6']]);
s.sort();
assert.deepStrictEqual([...s], [['', '6'], ['a', '2'], ['a', '5'], ['z', '1'], ['\ud83c\udf08', '4'], ['\ufb03', '3']]);

// application/x-www-form-urlencoded serialization.
const f = new URLSearchParams();
f.append(' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', '\u00e9\u20ac\ud83d\ude00\n');
assert.strictEqual(f.toString(),
                   '+%21%22%23%24%25%26%27%28%29*%2B%2C-.%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E_%60%7B%7C%7D%7E=' +
                   '%C3%A9%E2%82%AC%F0%9F%98%80%0A');
assert.strictEqual(String(new URLSearchParams('a=b c')), 'a=b+c');

assert.throws(() => p.append('a'), { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => p.set('a'), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => p.getAll(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.has(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => p.delete(), { code: 'ERR_MISSING_ARGS' });
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'toString', 'entries', 'keys', 'values', 'forEach']) {
  assert.throws(() => URLSearchParams.prototype[m].call({}, 'a', 'b'), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams',
  }, m);
}
assert.throws(() => Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({}), { code: 'ERR_INVALID_THIS' });
assert.strictEqual(URLSearchParams.prototype[Symbol.toStringTag], 'URLSearchParams');
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'size', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString'])
  assert.strictEqual(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, m).enumerable, true, m);
