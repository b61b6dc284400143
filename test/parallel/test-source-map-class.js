'use strict';
// module.SourceMap: decoding `mappings`, lookups by generated position
// (findEntry, zero-based) and by one-based position (findOrigin), index
// maps, and the copies handed out by `payload` and `lineLengths`.
require('../common');
const assert = require('assert');
const { SourceMap } = require('module');

for (const bad of [1, true, 'map', null, undefined]) {
  assert.throws(() => new SourceMap(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}

// Line 0: columns 0 and 4 (the second with a name); line 1: column 0 in
// the second source, one line down.
const payload = {
  version: 3,
  sources: ['a.ts', 'b/c.ts'],
  names: ['x'],
  mappings: 'AAAA,IAAIA;ACCA',
  sourcesContent: ['q'],
};
const sm = new SourceMap(payload);
assert.deepStrictEqual(sm.findEntry(0, 0), {
  generatedLine: 0, generatedColumn: 0, originalSource: 'a.ts',
  originalLine: 0, originalColumn: 0, name: undefined,
});
assert.deepStrictEqual(sm.findEntry(0, 5), {
  generatedLine: 0, generatedColumn: 4, originalSource: 'a.ts',
  originalLine: 0, originalColumn: 4, name: 'x',
});
assert.deepStrictEqual(sm.findEntry(1, 3), {
  generatedLine: 1, generatedColumn: 0, originalSource: 'b/c.ts',
  originalLine: 1, originalColumn: 4, name: 'x',
});
// Past the last entry, the last entry still applies; before the first, none.
assert.strictEqual(sm.findEntry(7, 7).generatedLine, 1);
assert.deepStrictEqual(sm.findEntry(-1, 0), {});

// findOrigin moves the entry's origin by the distance to the position.
assert.deepStrictEqual(sm.findOrigin(1, 7), { name: 'x', fileName: 'a.ts', lineNumber: 1, columnNumber: 7 });
assert.deepStrictEqual(sm.findOrigin(2, 9), { name: 'x', fileName: 'b/c.ts', lineNumber: 2, columnNumber: 13 });
assert.deepStrictEqual(sm.findOrigin(0, 0), {});

// A segment with a generated column only maps to no source.
const bare = new SourceMap({ sources: ['x'], mappings: 'A,CAAC' });
assert.strictEqual(bare.findEntry(0, 0).originalSource, undefined);
assert.ok('originalLine' in bare.findEntry(0, 0));
assert.deepStrictEqual(bare.findOrigin(1, 1), {});
assert.deepStrictEqual(bare.findOrigin(1, 2), { name: undefined, fileName: 'x', lineNumber: 1, columnNumber: 2 });

// Malformed or empty mappings map nothing.
assert.deepStrictEqual(new SourceMap({ sources: ['x'], mappings: ';;;;' }).findEntry(0, 5), {});

// VLQ edge values, and entries sorted whatever order they were written in.
for (const [vlq, value] of [['B', -2147483648], ['D', -1], ['+/////D', 2147483647], ['//////D', -2147483647]]) {
  assert.strictEqual(new SourceMap({ sources: ['t'], mappings: `AAA${vlq}` }).findEntry(0, 0).originalColumn, value);
}
const unsorted = new SourceMap({ sources: ['t'], mappings: 'UAAA,FAAE,FAAE' });
assert.strictEqual(unsorted.findEntry(0, 6).originalColumn, 4);
assert.strictEqual(unsorted.findEntry(0, 8).originalColumn, 2);
assert.strictEqual(unsorted.findEntry(0, 10).originalColumn, 0);

// Index maps: a section's column offset applies to its first line only.
const index = new SourceMap({
  version: 3,
  sections: [
    { offset: { line: 0, column: 0 }, map: { sources: ['a'], mappings: 'AAAA' } },
    { offset: { line: 1, column: 5 }, map: { sources: ['b'], mappings: 'AACA;AAAA' } },
  ],
});
assert.strictEqual(index.findEntry(0, 9).originalSource, 'a');
assert.deepStrictEqual([index.findEntry(1, 6).generatedColumn, index.findEntry(1, 6).originalSource], [5, 'b']);
assert.deepStrictEqual([index.findEntry(2, 0).generatedLine, index.findEntry(2, 0).generatedColumn], [2, 0]);

// `payload` is a copy (top-level arrays too), taken at construction.
assert.notStrictEqual(sm.payload, sm.payload);
assert.notStrictEqual(sm.payload.sources, payload.sources);
assert.deepStrictEqual(sm.payload, payload);
payload.sources[0] = 'changed';
assert.strictEqual(sm.payload.sources[0], 'a.ts');
assert.strictEqual(sm.findEntry(0, 0).originalSource, 'a.ts');

// lineLengths: a copy of a non-empty array, else undefined.
assert.strictEqual(sm.lineLengths, undefined);
assert.strictEqual(new SourceMap({ sources: [], mappings: '' }, { lineLengths: [] }).lineLengths, undefined);
const lengths = [3, 4];
const withLengths = new SourceMap({ sources: [], mappings: '' }, { lineLengths: lengths });
assert.deepStrictEqual(withLengths.lineLengths, [3, 4]);
assert.notStrictEqual(withLengths.lineLengths, withLengths.lineLengths);

assert.deepStrictEqual(Object.getOwnPropertyNames(SourceMap.prototype),
                       ['constructor', 'payload', 'lineLengths', 'findEntry', 'findOrigin']);
