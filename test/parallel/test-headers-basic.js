'use strict';
// Headers: combining values with ", ", sorted lowercase iteration,
// Set-Cookie kept apart, case-insensitive lookups, value normalization,
// and iterators that see changes made while iterating.
require('../common');
const assert = require('assert');

const h = new Headers({ b: '2', A: '1' });
h.append('a', '3');
h.append('Set-Cookie', 'x=1');
h.append('set-cookie', 'y=2');
assert.strictEqual(h.get('A'), '1, 3');
assert.strictEqual(h.get('set-cookie'), 'x=1, y=2');
assert.strictEqual(h.get('missing'), null);
assert.strictEqual(h.has('B'), true);
assert.deepStrictEqual([...h], [['a', '1, 3'], ['b', '2'], ['set-cookie', 'x=1'], ['set-cookie', 'y=2']]);
assert.deepStrictEqual([...h.keys()], ['a', 'b', 'set-cookie', 'set-cookie']);
assert.deepStrictEqual([...h.values()], ['1, 3', '2', 'x=1', 'y=2']);
assert.deepStrictEqual(h.getSetCookie(), ['x=1', 'y=2']);
assert.notStrictEqual(h.getSetCookie(), h.getSetCookie());

h.set('SET-COOKIE', 'z=3');
assert.deepStrictEqual(h.getSetCookie(), ['z=3']);
h.delete('set-cookie');
assert.deepStrictEqual(h.getSetCookie(), []);
assert.strictEqual(h.has('set-cookie'), false);
h.set('b', 'replaced');
assert.strictEqual(h.get('b'), 'replaced');
h.delete('B');
assert.deepStrictEqual([...h], [['a', '1, 3']]);

// Leading and trailing HTTP whitespace goes; inner whitespace stays; empty is a value.
const w = new Headers([['x', ' \t a  b \r\n'], ['e', '']]);
assert.strictEqual(w.get('x'), 'a  b');
assert.strictEqual(w.get('e'), '');
assert.strictEqual(new Headers({ v: 'é' }).get('v'), 'é');

// Copies: from another Headers (with its cookies), from pairs, from a record
// (own keys, the non-enumerable ones too, as Node reads them).
const copy = new Headers(new Headers([['set-cookie', 'a'], ['set-cookie', 'b'], ['k', 'v']]));
assert.deepStrictEqual([...copy], [['k', 'v'], ['set-cookie', 'a'], ['set-cookie', 'b']]);
const rec = { v: '2' };
Object.defineProperty(rec, 'hidden', { value: '1', enumerable: false });
assert.deepStrictEqual([...new Headers(rec)], [['hidden', '1'], ['v', '2']]);
assert.deepStrictEqual([...new Headers(new Map([['m', '1']]))], [['m', '1']]);
assert.deepStrictEqual([...new Headers(undefined)], []);

// An iterator re-reads the list at each step: a deleted entry is skipped.
{
  const live = new Headers({ a: '1', b: '2', c: '3' });
  const seen = [];
  for (const [name] of live) {
    seen.push(name);
    if (name === 'a') live.delete('b');
  }
  assert.deepStrictEqual(seen, ['a', 'c']);
  const it = new Headers({ a: '1' }).keys();
  assert.deepStrictEqual(it.next(), { value: 'a', done: false });
  assert.deepStrictEqual(it.next(), { value: undefined, done: true });
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(it)), ['next']);
  assert.strictEqual(typeof it[Symbol.iterator], 'function');
}

// forEach(value, name, headers) with thisArg.
{
  const calls = [];
  const fh = new Headers({ b: '2', a: '1' });
  fh.forEach(function(value, name, object) {
    calls.push([value, name, object === fh, this.tag]);
  }, { tag: 't' });
  assert.deepStrictEqual(calls, [['1', 'a', true, 't'], ['2', 'b', true, 't']]);
}
