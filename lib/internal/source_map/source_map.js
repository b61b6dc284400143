'use strict';
// module.SourceMap: a decoded Source Map v3 (ECMA-426), plain or indexed
// ("sections"). Every segment of `mappings` becomes one entry (generated
// line and column, source, original line and column, name), all zero-based,
// sorted by generated position; a lookup takes the last entry at or before
// the position asked for, on any earlier line too, as Node does.

const { validateObject } = require('internal/validators');

const ArrayIsArray = Array.isArray;
const ReflectApply = Reflect.apply;
const ArrayPrototypeSort = Array.prototype.sort;
const ArrayPrototypeSlice = Array.prototype.slice;
const ObjectKeys = Object.keys;

// Base64 digit values by byte; -1 for bytes that are not digits.
const kDigit = new Int8Array(256).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < 64; i++) kDigit[alphabet.charCodeAt(i)] = i;
}
const kComma = 44;
const kSemicolon = 59;

let BufferFrom;

// A copy of a payload as `payload` hands it out: a new object and new
// arrays at the top level, so the caller cannot change the map's own state.
function clonePayload(payload) {
  const copy = {};
  for (const key of ObjectKeys(payload)) {
    const value = payload[key];
    copy[key] = ArrayIsArray(value) ? ReflectApply(ArrayPrototypeSlice, value, []) : value;
  }
  return copy;
}

// The decoded entries, as parallel columns: generated line and column,
// original line and column, and indexes into `sources` and `names` (-1 for
// none). Columns of numbers keep a large map compact and its search fast.
class Entries {
  constructor() {
    this.length = 0;
    this.line = [];
    this.column = [];
    this.source = [];
    this.origLine = [];
    this.origColumn = [];
    this.name = [];
    this.sources = []; // strings (or undefined), over every section
    this.names = [];
    this.sorted = true;
  }
  push(line, column, source, origLine, origColumn, name) {
    const n = this.length;
    if (n > 0 && this.sorted) {
      const pl = this.line[n - 1];
      if (line < pl || (line === pl && column < this.column[n - 1])) this.sorted = false;
    }
    this.line[n] = line;
    this.column[n] = column;
    this.source[n] = source;
    this.origLine[n] = origLine;
    this.origColumn[n] = origColumn;
    this.name[n] = name;
    this.length = n + 1;
  }
  // Sorts by generated position, stably (entries at one position keep the
  // order they were written in), as Node's sort does.
  sort() {
    if (this.sorted) return;
    const n = this.length;
    const order = new Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    const { line, column } = this;
    ReflectApply(ArrayPrototypeSort, order, [(a, b) => line[a] - line[b] || column[a] - column[b] || a - b]);
    for (const key of ['line', 'column', 'source', 'origLine', 'origColumn', 'name']) {
      const old = this[key];
      const next = new Array(n);
      for (let i = 0; i < n; i++) next[i] = old[order[i]];
      this[key] = next;
    }
    this.sorted = true;
  }
}

// Decodes the VLQ fields of one map's `mappings` into `out`, from the given
// generated position (an index map's section offset applies to its first
// line only). Stops at the first character that is not base64.
function decodeMappings(map, line, column, out) {
  const sources = map.sources;
  const sourcesLength = sources.length; // throws, as Node does, when absent
  const sourceBase = out.sources.length;
  for (let i = 0; i < sourcesLength; i++) out.sources[sourceBase + i] = sources[i];
  const names = map.names;
  const nameBase = out.names.length;
  const namesLength = ArrayIsArray(names) ? names.length : 0;
  for (let i = 0; i < namesLength; i++) out.names[nameBase + i] = names[i];
  // The text as bytes: one conversion instead of a call per character.
  BufferFrom ??= require('buffer').Buffer.from;
  const mappings = map.mappings;
  // Node fails on a missing `mappings` too (a TypeError from its reader).
  if (mappings === undefined || mappings === null) throw new TypeError('The source map has no "mappings"');
  const bytes = BufferFrom(`${mappings}`, 'latin1');
  const n = bytes.length;
  let source = 0;
  let origLine = 0;
  let origColumn = 0;
  let name = 0;
  // A segment without a name field keeps the name of the one before it,
  // as Node's decoder does.
  let entryName = -1;
  let f0 = 0;
  let f1 = 0;
  let f2 = 0;
  let f3 = 0;
  let f4 = 0;
  let i = 0;
  while (i < n) {
    let c = bytes[i];
    if (c === kSemicolon) {
      line++;
      column = 0;
      i++;
      continue;
    }
    if (c === kComma) {
      i++;
      continue;
    }
    let count = 0;
    // One segment: up to five VLQ numbers, up to the next ',' or ';'.
    while (i < n) {
      c = bytes[i];
      if (c === kComma || c === kSemicolon) break;
      let value = 0;
      let scale = 1;
      let digit;
      do {
        if (i >= n) {
          out.sort();
          return;
        }
        digit = kDigit[bytes[i++]];
        if (digit < 0) {
          out.sort();
          return;
        }
        value += (digit & 31) * scale;
        scale *= 32;
      } while (digit & 32);
      // The low bit is the sign; a negative zero stands for -2^31. Values
      // of 32 bits do not fit the engine's integer operators.
      if (value < 0x40000000) {
        value = (value & 1) === 1 ? (value === 1 ? -0x80000000 : -(value >> 1)) : value >> 1;
      } else {
        const magnitude = Math.floor(value / 2);
        value = value % 2 === 1 ? -magnitude : magnitude;
      }
      switch (count) {
        case 0: f0 = value; break;
        case 1: f1 = value; break;
        case 2: f2 = value; break;
        case 3: f3 = value; break;
        case 4: f4 = value; break;
        default: break;
      }
      count++;
    }
    if (count === 0) continue;
    column += f0;
    if (count < 4) {
      out.push(line, column, -1, -1, -1, -1);
      continue;
    }
    source += f1;
    origLine += f2;
    origColumn += f3;
    if (count >= 5) {
      name += f4;
      entryName = name >= 0 && name < namesLength ? nameBase + name : -1;
    }
    out.push(line, column, source >= 0 && source < sourcesLength ? sourceBase + source : -2,
      origLine, origColumn, entryName);
  }
}

class SourceMap {
  #payload;
  #entries = new Entries();
  #lineLengths = undefined;

  constructor(payload, { lineLengths } = { __proto__: null }) {
    validateObject(payload, 'payload');
    this.#payload = clonePayload(payload);
    const entries = this.#entries;
    if (this.#payload.sections) {
      for (const section of this.#payload.sections) {
        decodeMappings(section.map, section.offset.line, section.offset.column, entries);
      }
    } else {
      decodeMappings(this.#payload, 0, 0, entries);
    }
    entries.sort();
    if (ArrayIsArray(lineLengths) && lineLengths.length > 0) {
      this.#lineLengths = ReflectApply(ArrayPrototypeSlice, lineLengths, []);
    }
  }

  get payload() {
    return clonePayload(this.#payload);
  }

  get lineLengths() {
    return this.#lineLengths === undefined ? undefined :
      ReflectApply(ArrayPrototypeSlice, this.#lineLengths, []);
  }

  // The entry in effect at a zero-based generated position, or {}.
  findEntry(lineOffset, columnOffset) {
    const e = this.#entries;
    const lines = e.line;
    const columns = e.column;
    let lo = 0;
    let hi = e.length; // the answer is the last entry in [0, hi) not after the position
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const l = lines[mid];
      if (l < lineOffset || (l === lineOffset && columns[mid] <= columnOffset)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return {};
    const i = lo - 1;
    const source = e.source[i];
    if (source === -1) {
      // A segment with a generated column only.
      return {
        generatedLine: lines[i],
        generatedColumn: columns[i],
        originalSource: undefined,
        originalLine: undefined,
        originalColumn: undefined,
        name: undefined,
      };
    }
    const name = e.name[i];
    return {
      generatedLine: lines[i],
      generatedColumn: columns[i],
      originalSource: source < 0 ? undefined : e.sources[source],
      originalLine: e.origLine[i],
      originalColumn: e.origColumn[i],
      name: name < 0 ? undefined : e.names[name],
    };
  }

  // The original position of a one-based generated position: the entry's
  // origin moved by the distance from the entry to the position, or {}.
  findOrigin(lineNumber, columnNumber) {
    const entry = this.findEntry(lineNumber - 1, columnNumber - 1);
    if (entry.originalSource === undefined) return {};
    return {
      name: entry.name,
      fileName: entry.originalSource,
      lineNumber: entry.originalLine + 1 + (lineNumber - 1 - entry.generatedLine),
      columnNumber: entry.originalColumn + 1 + (columnNumber - 1 - entry.generatedColumn),
    };
  }
}

module.exports = { SourceMap };
