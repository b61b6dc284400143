'use strict';
// The source maps of the modules compiled while source maps were enabled,
// by file name: found through the last `//# sourceMappingURL=` comment of
// the module (a data: URL or a file beside it), their `sources` made
// absolute file: URLs against the map's own location, decoded into a
// SourceMap on first use. Also what the stack formatter asks: the original
// position of a generated one, and the original source line for the
// context printed above an uncaught error.

const { state } = require('internal/source_map/support');
const { SourceMap } = require('internal/source_map/source_map');

const fsBinding = internalBinding('fs');

const StringPrototypeLastIndexOf = String.prototype.lastIndexOf;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeSplit = String.prototype.split;
const StringPrototypeStartsWith = String.prototype.startsWith;
const ReflectApply = Reflect.apply;
const MapPrototypeGet = Map.prototype.get;
const JSONParse = JSON.parse;

let urlModule;
const url = () => (urlModule ??= require('internal/url'));

// file name -> { data, lineLengths, sourceMap, module }. An entry goes when
// its module is collected (deleted from require.cache and unreachable), as
// in Node, whose cache holds modules weakly.
const cache = new Map();
const collected = new FinalizationRegistry((held) => {
  const entry = cache.get(held.filename);
  if (entry !== undefined && entry.token === held.token) cache.delete(held.filename);
});

function isWhite(c) {
  return c === 32 || c === 9 || c === 13 || c === 11 || c === 12;
}

// A `//` on this line is a comment only outside a string; an odd count of
// a quote character before it means the `//` is inside one. (Template
// literals over several lines are not followed: a heuristic, cheap enough
// to run on every module load.)
function inStringOnLine(content, lineStart, at) {
  let single = 0;
  let double = 0;
  let back = 0;
  for (let i = lineStart; i < at; i++) {
    const c = ReflectApply(StringPrototypeCharCodeAt, content, [i]);
    if (c === 92 /* \ */) {
      i++;
      continue;
    }
    if (c === 39) single++;
    else if (c === 34) double++;
    else if (c === 96) back++;
  }
  return (single & 1) === 1 || (double & 1) === 1 || (back & 1) === 1;
}

// The URL of the last source map comment, as the engine Node uses reads
// it: `//#` or `//@`, one space or tab, `sourceMappingURL=`, the URL, and
// nothing but white space after it on the line. Comments inside a block
// comment or a string do not count. undefined when there is none; the last
// one wins even when empty.
function findSourceMappingURL(content) {
  const key = 'sourceMappingURL=';
  let from = content.length;
  while (from > 0) {
    const at = ReflectApply(StringPrototypeLastIndexOf, content, [key, from - 1]);
    if (at < 4) return undefined;
    from = at;
    const c1 = ReflectApply(StringPrototypeCharCodeAt, content, [at - 4]);
    const c2 = ReflectApply(StringPrototypeCharCodeAt, content, [at - 3]);
    const mark = ReflectApply(StringPrototypeCharCodeAt, content, [at - 2]);
    const space = ReflectApply(StringPrototypeCharCodeAt, content, [at - 1]);
    if (c1 !== 47 || c2 !== 47 || (mark !== 35 && mark !== 64) || (space !== 32 && space !== 9)) continue;
    let end = at + key.length;
    while (end < content.length) {
      const c = ReflectApply(StringPrototypeCharCodeAt, content, [end]);
      if (c === 10 || isWhite(c)) break;
      end++;
    }
    let rest = end;
    while (rest < content.length && isWhite(ReflectApply(StringPrototypeCharCodeAt, content, [rest]))) rest++;
    if (rest < content.length && ReflectApply(StringPrototypeCharCodeAt, content, [rest]) !== 10) continue;
    const open = ReflectApply(StringPrototypeLastIndexOf, content, ['/*', at - 4]);
    if (open !== -1 && ReflectApply(StringPrototypeLastIndexOf, content, ['*/', at - 4]) < open) continue;
    const lineStart = ReflectApply(StringPrototypeLastIndexOf, content, ['\n', at - 4]) + 1;
    if (inStringOnLine(content, lineStart, at - 4)) continue;
    const value = ReflectApply(StringPrototypeSlice, content, [at + key.length, end]);
    return value === '' ? undefined : value;
  }
  return undefined;
}

// Resolves `sources` (after `sourceRoot`) against the map's URL, as Node
// does; sourceRoot is then spent and left empty.
function sourcesToAbsolute(baseURL, data) {
  const { URL } = url();
  const root = data.sourceRoot || '';
  data.sources = data.sources.map((source) => new URL(`${root}${source}`, baseURL).href);
  data.sourceRoot = '';
  return data;
}

// data:application/json[;...][;base64],<payload>
function dataFromDataURL(dataURL, baseURL) {
  const comma = dataURL.indexOf(',');
  if (comma === -1) return null;
  const params = ReflectApply(StringPrototypeSplit, dataURL.slice(5, comma), [';']);
  if (params[0] !== 'application/json') return null;
  let text = dataURL.slice(comma + 1);
  if (params[params.length - 1] === 'base64') text = require('buffer').Buffer.from(text, 'base64').toString('utf8');
  try {
    return sourcesToAbsolute(baseURL, JSONParse(text));
  } catch {
    return null;
  }
}

function dataFromFile(mapURL) {
  try {
    const text = fsBinding.readFileUtf8(url().fileURLToPath(mapURL));
    return sourcesToAbsolute(mapURL, JSONParse(text));
  } catch {
    return null;
  }
}

function lineLengthsOf(content) {
  const lengths = [];
  let start = 0;
  for (;;) {
    const nl = content.indexOf('\n', start);
    if (nl === -1) {
      lengths.push(content.length - start);
      return lengths;
    }
    lengths.push(nl - start);
    start = nl + 1;
  }
}

let nextToken = 0;

// Called by the CommonJS loader for each module it compiles while source
// maps are enabled.
function maybeCacheSourceMap(filename, content, module) {
  if (!state.nodeModules && /[\\/]node_modules[\\/]/.test(filename)) return;
  const mapURL = findSourceMappingURL(content);
  if (mapURL === undefined) {
    cache.delete(filename);
    return;
  }
  let data = null;
  try {
    const fileURL = url().pathToFileURL(filename).href;
    if (ReflectApply(StringPrototypeStartsWith, mapURL, ['data:'])) {
      data = dataFromDataURL(mapURL, fileURL);
    } else {
      const resolved = new (url().URL)(mapURL, fileURL);
      if (resolved.protocol === 'file:') data = dataFromFile(resolved.href);
    }
  } catch {
    data = null;
  }
  const token = ++nextToken;
  cache.set(filename, {
    data,
    lineLengths: data === null ? undefined : lineLengthsOf(content),
    sourceMap: undefined,
    // The generated text, for callColumn(); split into lines on first use.
    content: data === null ? undefined : content,
    lines: undefined,
    token,
  });
  if (module !== undefined && module !== null && typeof module === 'object') {
    collected.register(module, { filename, token });
  }
}

function toFilename(sourceURL) {
  if (ReflectApply(StringPrototypeStartsWith, sourceURL, ['file:'])) {
    try {
      return url().fileURLToPath(sourceURL);
    } catch {
      return undefined;
    }
  }
  return sourceURL;
}

function sourceMapOf(filename) {
  const entry = ReflectApply(MapPrototypeGet, cache, [filename]);
  if (entry === undefined || entry.data === null) return undefined;
  if (entry.sourceMap === undefined) {
    try {
      entry.sourceMap = new SourceMap(entry.data, { lineLengths: entry.lineLengths });
    } catch {
      entry.data = null; // a payload that does not decode maps nothing
      return undefined;
    }
  }
  return entry.sourceMap;
}

// module.findSourceMap(pathOrFileURL)
function findSourceMap(sourceURL) {
  if (typeof sourceURL !== 'string') return undefined;
  const filename = toFilename(sourceURL);
  return filename === undefined ? undefined : sourceMapOf(filename);
}

function displayPath(source) {
  if (ReflectApply(StringPrototypeStartsWith, source, ['file://'])) {
    try {
      return url().fileURLToPath(source);
    } catch {
      return source;
    }
  }
  return source;
}

// The original place of a one-based generated position in `file`, for a
// stack frame: { file, line, col }, or undefined when nothing maps it.
function mapPosition(file, line, col) {
  if (cache.size === 0) return undefined;
  const sm = sourceMapOf(file);
  if (sm === undefined) return undefined;
  const e = sm.findEntry(line - 1, col - 1);
  if (e.originalSource === undefined) return undefined;
  return { file: displayPath(e.originalSource), line: e.originalLine + 1, col: e.originalColumn + 1 };
}

// JavaScriptCore and V8 place a call's frame differently
// (internal/util/call_column); a map is looked up at V8's column in Node,
// so kiln moves to it, on the generated text a mapped module keeps here.
// One-based column in and out; undefined when this cache has no text for
// the file (internal/stack then reads the file's own).
function callColumn(file, line, col) {
  const entry = ReflectApply(MapPrototypeGet, cache, [file]);
  if (entry === undefined || entry.content === undefined) return undefined;
  entry.lines ??= ReflectApply(StringPrototypeSplit, entry.content, ['\n']);
  const text = entry.lines[line - 1];
  if (text === undefined) return col;
  return require('internal/util/call_column').v8Column(text, col);
}

function originalSourceText(sm, source) {
  const payload = sm.payload;
  const i = payload.sources.indexOf(source);
  const content = i === -1 ? undefined : payload.sourcesContent?.[i];
  if (typeof content === 'string') return content;
  if (!ReflectApply(StringPrototypeStartsWith, source, ['file://'])) return undefined;
  try {
    return fsBinding.readFileUtf8(url().fileURLToPath(source));
  } catch {
    return undefined;
  }
}

// The `file:line`, source line and caret Node prints above an uncaught
// error, in the original source, for a generated position (one-based
// line, zero-based column). undefined when the map or the original text
// is missing: the caller shows the generated file then.
function errorSource(file, line, col0) {
  if (cache.size === 0) return undefined;
  const sm = sourceMapOf(file);
  if (sm === undefined) return undefined;
  const e = sm.findEntry(line - 1, col0);
  if (e.originalSource === undefined) return undefined;
  const text = originalSourceText(sm, e.originalSource);
  if (typeof text !== 'string') return undefined;
  const src = ReflectApply(StringPrototypeSplit, text, [/\r?\n/])[e.originalLine];
  if (!src) return undefined;
  const pad = ReflectApply(StringPrototypeSlice, src, [0, e.originalColumn]).replace(/[^\t]/g, ' ');
  return `${displayPath(e.originalSource)}:${e.originalLine + 1}\n${src}\n${pad}^\n`;
}

module.exports = {
  maybeCacheSourceMap,
  findSourceMap,
  findSourceMappingURL,
  mapPosition,
  errorSource,
  callColumn,
  get size() { return cache.size; },
};
