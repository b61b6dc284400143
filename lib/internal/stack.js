'use strict';
// Error stacks the way Node shows them. JavaScriptCore writes a frame as
// `fn@file:line:col` and leaves the `Name: message` header out of `stack`;
// Node writes `    at fn (file:line:col)` under the header.
//
// Modules are compiled with their wrapper on the first line (so that line
// numbers are the file's own); columns on line 1 are shifted back by the
// wrapper's length, recorded here per file.

// The mark internal/errors puts on its errors (a registered symbol, so this
// module need not load that one).
const kIsNodeError = Symbol.for('kiln.isNodeError');


// Builtins captured at load: this code runs inside every error's `stack`
// getter, where a user's patched String.prototype must not reach.
const ReflectApply = Reflect.apply;
const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const RegExpPrototypeExec = uncurry(RegExp.prototype.exec);
const ArrayPrototypeJoin = uncurry(Array.prototype.join);
const ArrayPrototypePush = uncurry(Array.prototype.push);
const SetPrototypeHas = uncurry(Set.prototype.has);
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeDelete = uncurry(Map.prototype.delete);
const MapPrototypeKeys = uncurry(Map.prototype.keys);
const MapIteratorNext = uncurry(Object.getPrototypeOf(new Map().keys()).next);
const WeakMapPrototypeGet = uncurry(WeakMap.prototype.get);
const WeakMapPrototypeSet = uncurry(WeakMap.prototype.set);
const ObjectGetOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
const ObjectDefineProperty = Object.defineProperty;

const wrapperOffsets = natives.wrapperOffsets;
const { state: sourceMapSupport } = require('internal/source_map/support');
let sourceMapCache;
const sourceMaps = () => (sourceMapCache ??= require('internal/source_map/source_map_cache'));
// Native frames not shown: kiln's own natives (the loader's compile step),
// and apply/call, which V8 does not list either.
const kilnNatives = new Set(['evalScript', 'checkSyntax', 'compileBuiltin', 'internalBinding',
  'apply', 'call', 'eval', 'drainMicrotasks']);

// kiln's own frames as Node's, keyed by "file function": the functions
// that run nextTick callbacks, promise jobs, timers and immediates, and
// the CommonJS loader's steps, under the names Node's frames have (the
// last lines of every stack from a callback or a module's top level).
const kNodeNames = new Map([
  ['node:internal/bootstrap/node runTicks', 'process.processTicksAndRejections'],
  ['node:internal/timers processTimers', 'process.processTimers'],
  ['node:internal/timers runTimer', 'listOnTimeout'],
  ['node:internal/timers processImmediate', 'process.processImmediate'],
  ['node:internal/modules/cjs/loader _compile', 'Module._compile'],
  ['node:internal/modules/cjs/loader loadJs', 'Object..js'],
  ['node:internal/modules/cjs/loader loadJson', 'Object..json'],
  ['node:internal/modules/cjs/loader loadAddon', 'Object..node'],
  ['node:internal/modules/cjs/loader load', 'Module.load'],
  ['node:internal/modules/cjs/loader _load', 'Module._load'],
  ['node:internal/modules/cjs/loader moduleRequire', 'Module.require'],
  ['node:internal/modules/cjs/loader runMain', 'Module.executeUserEntryPoint [as runMain]'],
]);
// Frames Node has no counterpart of: the bootstrap's glue between C and
// the functions above (the hooks C calls), and emit's helpers (Node's emit
// calls the listeners itself).
const kHiddenFiles = new Set(['node:internal/bootstrap', 'node:internal/bootstrap/node']);
const kHiddenFrames = new Set(['node:events callFixed', 'node:events callListener', 'node:events emitArgs']);

// f as Node would show it, or null for a frame Node does not show.
function dispatchFrame(f) {
  if (f.file === undefined || !StringPrototypeStartsWith(f.file, 'node:')) return f;
  const key = `${f.file} ${f.fn}`;
  const name = MapPrototypeGet(kNodeNames, key);
  if (name !== undefined) return { fn: name, file: f.file, line: f.line, col: f.col, native: false };
  if (SetPrototypeHas(kHiddenFiles, f.file) || SetPrototypeHas(kHiddenFrames, key)) return null;
  return f;
}

// Column maps of transpiled ES modules, set by the loader: file -> the
// "columns" of the module's metadata (docs/esm.md), one [line, g, o,
// inside, ...] per line that has edits, in line order.
const columnMaps = natives.columnMaps;

function columnMapLine(map, line) {
  let lo = 0;
  let hi = map.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const l = map[mid][0];
    if (l === line) return map[mid];
    if (l < line) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// A column of the code the engine ran to one of the file: past the
// wrapper or header on line 1, back through a module's edits.
function fixColumn(file, line, col) {
  if (line === 1) {
    const off = MapPrototypeGet(wrapperOffsets, file);
    if (off !== undefined) col = Math.max(1, col - off);
  }
  const map = MapPrototypeGet(columnMaps, file);
  const e = map === undefined ? undefined : columnMapLine(map, line);
  if (e !== undefined) {
    const g = col - 1;
    let k = -1;
    for (let i = 1; i < e.length && e[i] <= g; i += 3) k = i;
    if (k !== -1) col = (e[k + 2] === 1 ? e[k + 1] : e[k + 1] + (g - e[k])) + 1;
  }
  return col;
}

// V8's column for JavaScriptCore's (internal/util/call_column), read on
// the line of the file's own text; files of the runtime keep the engine's.
function v8FrameColumn(file, line, col) {
  if (StringPrototypeStartsWith(file, 'node:')) return col;
  const entry = linesOf(file);
  if (entry === undefined) return col;
  const key = line * 0x100000 + col;
  let v8 = MapPrototypeGet(entry.cols, key);
  if (v8 === undefined) {
    const text = entry.lines[line - 1];
    if (text === undefined) return col;
    v8 = callColumn().v8Column(text, col);
    if (col < 0x100000) MapPrototypeSet(entry.cols, key, v8);
  }
  return v8;
}
let callColumnModule;
const callColumn = () => (callColumnModule ??= require('internal/util/call_column'));

// A JSC frame: `fn@file:line:col`, `fn@[native code]`, `global code@...`.
// The first '@' ends the function name: paths may hold '@' (scoped npm
// packages), function names practically never do.
function parseFrame(frame) {
  const at = StringPrototypeIndexOf(frame, '@');
  let fn = at >= 0 ? StringPrototypeSlice(frame, 0, at) : '';
  const loc = at >= 0 ? StringPrototypeSlice(frame, at + 1) : frame;
  if (fn === 'global code' || fn === 'module code') fn = '';
  else if (fn === 'eval code') fn = 'eval'; // the code eval() ran, as V8 names it
  if (loc === '[native code]') return { fn, file: undefined, line: null, col: null, native: true };
  // Code from eval() or new Function has no place JavaScriptCore names.
  if (loc === '') return { fn, file: '<anonymous>', line: null, col: null, native: false };
  const m = RegExpPrototypeExec(/^(.*):(\d+):(\d+)$/, loc);
  if (m === null) return { fn, file: loc, line: null, col: null, native: false };
  const line = +m[2];
  let col = fixColumn(m[1], line, +m[3]);
  const mapped = sourceMapSupport.enabled && sourceMaps().size > 0 ?
    sourceMapCache.callColumn(m[1], line, col) : undefined;
  col = mapped !== undefined ? mapped : v8FrameColumn(m[1], line, col);
  return { fn, file: m[1], line, col, native: false };
}

// With source maps in use, a frame of a mapped module shows its original
// place. The function name stays the generated one: JavaScriptCore does not
// say where the enclosing function starts, which Node looks up to find the
// original name.
function mapFrame(f) {
  if (!sourceMapSupport.enabled || f.native || f.line === null || f.file === undefined ||
      StringPrototypeStartsWith(f.file, 'node:')) {
    return f;
  }
  let pos;
  try {
    pos = sourceMaps().mapPosition(f.file, f.line, f.col);
  } catch {
    return f;
  }
  if (pos === undefined) return f;
  return { fn: f.fn, file: pos.file, line: pos.line, col: pos.col, native: false };
}

// One JSC frame to one Node frame, or null for frames Node does not show.
function convertFrame(frame) {
  const f = dispatchFrame(mapFrame(parseFrame(frame)));
  if (f === null) return null;
  if (f.native) {
    // kiln's own natives (the compile step of the loader) are not frames a
    // user wrote or can act on; engine builtins show as Node shows them.
    if (!f.fn || SetPrototypeHas(kilnNatives, f.fn)) return null;
    return `    at ${f.fn} (<anonymous>)`;
  }
  const where = f.line === null ? f.file : `${f.file}:${f.line}:${f.col}`;
  return f.fn === '' ? `    at ${where}` : `    at ${f.fn} (${where})`;
}

function convertStack(stack) {
  if (typeof stack !== 'string' || stack === '') return '';
  const out = [];
  const lines = StringPrototypeSplit(stack, '\n');
  for (let i = 0; i < lines.length; i++) {
    const frame = lines[i];
    if (StringPrototypeStartsWith(frame, '    at ')) {
      ArrayPrototypePush(out, frame); // already Node's form
      continue;
    }
    const f = convertFrame(frame);
    if (f !== null) ArrayPrototypePush(out, f);
  }
  return ArrayPrototypeJoin(out, '\n');
}

// Errors made by the global constructors carry Node's text in `stack`;
// errors the engine raises itself carry JavaScriptCore's bare frames.
function isEngineStack(stack) {
  if (stack === '') return true;
  const lines = StringPrototypeSplit(stack, '\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (StringPrototypeStartsWith(line, '    at ') || StringPrototypeIndexOf(line, '@') === -1) return false;
  }
  return true;
}

// err.stack as Node would show it, whichever kind of error err is.
function nodeStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return undefined;
  }
  if (typeof stack !== 'string') return stack;
  if (!isEngineStack(stack)) return stack;
  const frames = convertStack(stack);
  const header = errorHeader(err);
  return frames === '' ? header : `${header}\n${frames}`;
}

// `strict`: a name or message getter that throws makes this throw, as
// making err.stack does in V8 (a read of `stack` then throws, and every
// later one); the printers ask for the header without it.
function errorHeader(err, strict = false) {
  let name;
  let message;
  if (strict) {
    name = err.name;
    message = err.message;
  } else {
    try {
      name = err.name;
      message = err.message;
    } catch {
      return 'Error';
    }
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (err[kIsNodeError] && err.code) name = `${name} [${err.code}]`;
  if (name === '') return message;
  return message ? `${name}: ${message}` : name;
}

// The text Node prints for an uncaught error: its stack (header and frames)
// followed by its other own enumerable properties, as util.inspect shows them.
function formatError(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return `Uncaught ${inspectSafe(err)}`;
  }
  if (!(err instanceof Error)) return `Uncaught ${inspectSafe(err)}`;
  let text;
  try {
    text = require('util').inspect(err);
  } catch {
    text = `${errorHeader(err)}\n${convertStack(err.stack)}`;
  }
  return text;
}

function inspectSafe(v) {
  try {
    return require('util').inspect(v);
  } catch {
    return String(v);
  }
}

// Sources kept for files that cannot be read back (-e, stdin).
const sources = natives.evalSources;

// The lines of the last files asked for: a stack names the same few files
// over and over. Files are read back from disk (the loader keeps no copy);
// kept sources (-e, modules) are split again when they change. `cols`
// remembers V8's column for each place asked for (v8FrameColumn).
const lineCache = new Map(); // file -> { text, lines, cols }
const kLineCacheFiles = 16;

function linesOf(file) {
  const kept = MapPrototypeGet(sources, file);
  let entry = MapPrototypeGet(lineCache, file);
  if (entry === undefined || (kept !== undefined && entry.text !== kept)) {
    let text = kept;
    if (text === undefined) {
      if (StringPrototypeStartsWith(file, 'file:') || StringPrototypeIndexOf(file, '/') === -1) return undefined;
      try {
        text = internalBinding('fs').readFileUtf8(file);
      } catch {
        return undefined;
      }
    }
    entry = { text, lines: StringPrototypeSplit(text, '\n'), cols: new Map() };
    if (lineCache.size >= kLineCacheFiles) {
      MapPrototypeDelete(lineCache, MapIteratorNext(MapPrototypeKeys(lineCache)).value);
    }
    MapPrototypeSet(lineCache, file, entry);
  }
  return entry;
}

function sourceLine(file, line) {
  const entry = linesOf(file);
  if (entry === undefined) return undefined;
  const lines = entry.lines;
  const s = lines[line - 1];
  return s === undefined ? undefined : StringPrototypeReplace(s, /\r$/, '');
}

// JavaScriptCore puts line, column and sourceURL on a SyntaxError as
// enumerable properties; V8 does not, and Node's report of the error would
// show them. (kiln reads them to place the error: they stay, hidden.)
function hideEngineProperties(err) {
  if (!(err instanceof SyntaxError)) return;
  const keys = ['line', 'column', 'sourceURL'];
  for (let i = 0; i < keys.length; i++) {
    const d = ObjectGetOwnPropertyDescriptor(err, keys[i]);
    if (d !== undefined && d.enumerable && d.configurable) {
      ObjectDefineProperty(err, keys[i], { value: d.value, enumerable: false, writable: true, configurable: true });
    }
  }
}

// Errors whose place kiln knows better than a frame says: the column
// (0-based) and length of what Node underlines, the imported name of an ES
// module's link error or the token of a syntax error the transpiler found.
// Node prints a link error's stack right under the underline (no `gap`).
const errorPlaces = new WeakMap();
function setErrorPlace(err, column, length, gap = false) {
  errorPlaces.set(err, { column, length, gap });
}
function hasErrorPlace(err) {
  const place = errorPlaces.get(err);
  return place !== undefined && !place.gap;
}

// `file:line`, the source line and a caret under the place of the error,
// as Node prints above an uncaught error. Undefined when unknown.
function sourceContext(err, fromPromise = false) {
  if (err === null || typeof err !== 'object') return undefined;
  let file;
  let line;
  let col;
  try {
    if (err instanceof SyntaxError && typeof err.sourceURL === 'string' && err.line) {
      file = err.sourceURL;
      line = err.line;
    } else {
      const raw = WeakMapPrototypeGet(rawStacks, err);
      const frames = typeof raw === 'string' ? StringPrototypeSplit(raw, '\n') :
        (typeof err.stack === 'string' ? StringPrototypeSplit(err.stack, '\n') : []);
      for (let i = 0; i < frames.length; i++) {
        const frame = frames[i];
        let f;
        const m = /^ {4}at (?:.* \()?(.*):(\d+):(\d+)\)?$/.exec(frame);
        if (m) f = { file: m[1], line: +m[2], col: +m[3] };
        else f = parseFrame(frame);
        if (f.line !== null && f.file !== undefined && !f.file.startsWith('node:')) {
          file = f.file;
          line = f.line;
          col = f.col;
          break;
        }
      }
    }
  } catch {
    return undefined;
  }
  if (file === undefined || file.startsWith('node:')) return undefined;
  const src = sourceLine(file, line);
  if (src === undefined) return undefined;
  let caret;
  let tokenLength = 1;
  const firstWord = /^\s*/.exec(src)[0].length;
  if (sourceMapSupport.enabled && col !== undefined) {
    // The place of the throw in the original source, when a map has it.
    // Node shows the throw statement, kiln knows the frame's place: in
    // `throw new Error(` (minified code too) that is the `throw` before it.
    let at = !fromPromise && src.slice(firstWord).startsWith('throw ') ? firstWord : col - 1;
    const before = /(?:^|[^\w$])throw\s*$/.exec(src.slice(Math.max(0, at - 40), at));
    if (before !== null) at = at - before[0].length + before[0].indexOf('throw');
    let original;
    try {
      original = sourceMaps().errorSource(file, line, at);
    } catch {
      original = undefined;
    }
    if (original !== undefined) return original;
  }
  if (!fromPromise && src.slice(firstWord).startsWith('throw ')) {
    caret = firstWord;
  } else if (col !== undefined) {
    caret = col - 1;
  } else {
    // A syntax error: JSC names the token, not its column.
    const m = /Unexpected (?:token|identifier|keyword|string literal|number) '?([^']+?)'?(?:\.|$)/.exec(String(err.message));
    const at = m ? src.indexOf(m[1], firstWord) : -1;
    caret = at >= 0 ? at : firstWord;
    if (at >= 0) tokenLength = m[1].length; // Node underlines the token
  }
  let marks = '^'.repeat(tokenLength);
  const place = errorPlaces.get(err);
  if (place !== undefined && place.column + place.length <= src.length) {
    caret = place.column;
    marks = '^'.repeat(place.length); // none where the input ended
  }
  caret = Math.max(0, Math.min(caret, src.length));
  const pad = src.slice(0, caret).replace(/[^\t]/g, ' ');
  return `${file}:${line}\n${src}\n${pad}${marks}\n`;
}

// ---- Node-style err.stack: the text, once asked for -----------------------
// (internal/error_stacks captures the frames; this formats them.)

const errorStacks = require('internal/error_stacks');
const { rawStacks, defaultPrepareStackTrace } = errorStacks;

function formatStackFor(err, raw) {
  const prepare = errorStacks.WrappedError.prepareStackTrace;
  if (typeof prepare === 'function' && prepare !== defaultPrepareStackTrace) {
    const sites = [];
    const frames = raw === '' ? [] : StringPrototypeSplit(raw, '\n');
    for (let i = 0; i < frames.length; i++) {
      const frame = frames[i];
      const f = dispatchFrame(parseFrame(frame));
      if (f === null || (f.native && SetPrototypeHas(kilnNatives, f.fn))) continue;
      ArrayPrototypePush(sites, new CallSite(f));
    }
    return prepare(err, sites);
  }
  const frames = convertStack(raw);
  const header = errorHeader(err, true);
  return frames === '' ? header : `${header}\n${frames}`;
}

// Error.prepareStackTrace's initial value, which a user's replacement may
// call with the call sites it was given: with source maps in use, kiln's
// call sites show their original places, as Node's do.
function prepareDefault(error, trace) {
  const header = errorHeader(error, true);
  if (trace.length === 0) return header;
  if (sourceMapSupport.enabled) {
    const lines = [];
    for (let i = 0; i < trace.length; i++) {
      const site = trace[i];
      const f = CallSite.frameOf(site);
      ArrayPrototypePush(lines, f === undefined ? `${site}` : frameText(mapFrame(f)));
    }
    trace = lines;
  }
  return `${header}\n    at ${ArrayPrototypeJoin(trace, '\n    at ')}`;
}

function frameText(f) {
  const where = f.native ? 'native' : (f.line === null ? f.file : `${f.file}:${f.line}:${f.col}`);
  return f.fn === '' ? where : `${f.fn} (${where})`;
}

// A CommonJS module's top level (the loader names its wrapper so).
const kModuleTop = 'Object.<anonymous>';

class CallSite {
  #f;
  constructor(f) { this.#f = f; }
  getThis() { return undefined; }
  getTypeName() { return this.#f.fn === kModuleTop ? 'Object' : null; }
  getFunction() { return undefined; }
  getFunctionName() { return this.#f.fn === '' || this.#f.fn === kModuleTop ? null : this.#f.fn; }
  getMethodName() { return null; }
  getFileName() { return this.#f.file; }
  getLineNumber() { return this.#f.line; }
  getColumnNumber() { return this.#f.col; }
  getEvalOrigin() { return undefined; }
  getScriptNameOrSourceURL() { return this.#f.file; }
  getScriptHash() { return ''; }
  getEnclosingColumnNumber() { return null; }
  getEnclosingLineNumber() { return null; }
  getPosition() { return 0; }
  getPromiseIndex() { return null; }
  isToplevel() { return this.#f.fn === ''; }
  isEval() { return false; }
  isNative() { return false; }
  isConstructor() { return false; }
  isAsync() { return false; }
  isPromiseAll() { return false; }
  toString() {
    return frameText(this.#f);
  }
  static frameOf(site) {
    return site !== null && typeof site === 'object' && #f in site ? site.#f : undefined;
  }
}

module.exports = {
  formatStackFor,
  prepareDefault,
  nodeStack,
  isEngineStack,
  CallSite,
  parseFrame,
  wrapperOffsets,
  sources,
  convertStack,
  errorHeader,
  formatError,
  sourceContext,
  setErrorPlace,
  hasErrorPlace,
  hideEngineProperties,
  sourceLine,
};
