'use strict';
// FormData: entries in insertion order, Blobs stored as Files (named
// "blob" or by the filename argument), set() replacing the first entry
// and dropping the rest, live iterators, inspect, and argument errors.
require('../common');
const assert = require('assert');
const { inspect } = require('util');

const fd = new FormData();
fd.append('a', '1');
fd.append('n', 2);
fd.append('blob', new Blob(['xy'], { type: 'text/x' }));
fd.append('named', new Blob(['z']), 'z.txt');
const file = new File(['abc'], 'orig.txt', { type: 'a/b', lastModified: 42 });
fd.append('file', file);
fd.append('renamed', file, 'new.txt');

assert.strictEqual(fd.get('a'), '1');
assert.strictEqual(fd.get('n'), '2');
assert.strictEqual(fd.get('none'), null);
const blob = fd.get('blob');
assert.ok(blob instanceof File);
assert.strictEqual(blob.name, 'blob');
assert.strictEqual(blob.type, 'text/x');
assert.strictEqual(blob.size, 2);
assert.strictEqual(fd.get('blob'), blob);
assert.strictEqual(fd.get('named').name, 'z.txt');
assert.strictEqual(fd.get('file'), file);
const renamed = fd.get('renamed');
assert.notStrictEqual(renamed, file);
assert.strictEqual(renamed.name, 'new.txt');
assert.strictEqual(renamed.type, 'a/b');
assert.strictEqual(renamed.lastModified, 42);
assert.deepStrictEqual([...fd.keys()], ['a', 'n', 'blob', 'named', 'file', 'renamed']);

fd.append('a', 'again');
assert.deepStrictEqual(fd.getAll('a'), ['1', 'again']);
assert.strictEqual(fd.has('a'), true);
fd.set('a', 'only');
assert.deepStrictEqual(fd.getAll('a'), ['only']);
assert.strictEqual([...fd.keys()][0], 'a');
fd.set('new', 'x');
assert.strictEqual([...fd.keys()].at(-1), 'new');
fd.delete('a');
assert.strictEqual(fd.has('a'), false);
assert.deepStrictEqual(fd.getAll('a'), []);

// Lone surrogates in names and values become U+FFFD.
const s = new FormData();
s.append('\ud800', '\udc00x');
assert.deepStrictEqual([...s], [['\ufffd', '\ufffdx']]);

// forEach(value, name, form).
{
  const seen = [];
  const f = new FormData();
  f.append('k', 'v');
  f.forEach(function(value, name, form) { seen.push([value, name, form === f, this.t]); }, { t: 1 });
  assert.deepStrictEqual(seen, [['v', 'k', true, 1]]);
}

// Iterators see entries added while iterating.
{
  const f = new FormData();
  f.append('a', '1');
  const names = [];
  for (const [name] of f) {
    names.push(name);
    if (name === 'a') f.append('b', '2');
  }
  assert.deepStrictEqual(names, ['a', 'b']);
}

{
  const f = new FormData();
  assert.strictEqual(inspect(f), 'FormData {}');
  f.append('a', '1');
  f.append('a', '2');
  f.append('b', '3');
  assert.strictEqual(inspect(f), "FormData { a: [ '1', '2' ], b: '3' }");
}

const te = (message) => ({ name: 'TypeError', message });
assert.throws(() => fd.append('a'), te('FormData.append: 2 arguments required, but only 1 found.'));
assert.throws(() => fd.set('a'), te('FormData.set: 2 arguments required, but only 1 found.'));
assert.throws(() => fd.get(), te('FormData.get: 1 argument required, but 0 found.'));
assert.throws(() => fd.append('a', 'b', 'c'), te('FormData.append: Expected value (""b"") to be an instance of Blob.'));
assert.throws(() => fd.set('a', {}, 'c'), te('FormData.set: Expected value ("{}") to be an instance of Blob.'));
assert.throws(() => new FormData(1), te('FormData constructor: Argument 1 could not be converted to: undefined.'));
assert.throws(() => FormData.prototype.get.call({}, 'a'), { name: 'TypeError', code: 'ERR_INVALID_THIS' });
new FormData(undefined);
