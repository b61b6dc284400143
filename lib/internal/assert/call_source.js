'use strict';
// The text of the call that failed assert.ok(): Node quotes it in the
// message ("The expression evaluated to a falsy value:\n\n  assert(x > 1)\n").
//
// Node 24 shows the call from its callee to its closing parenthesis, or to
// the end of the line when the call goes on to the next one. The caller's
// frame gives the place (V8's column, in the source: internal/stack maps
// JavaScriptCore's and an ES module's transpiled columns to it); the callee
// is read back from its "(": names, dots and [...] accesses (`assert.ok`,
// `assert['ok']["apply"]`); a parenthesised callee is left out, as Node
// leaves out `(0, assert.ok)`. Code from eval() or new Function has no file
// to read, and JavaScriptCore reports no line or column for it: there the
// caller gets undefined and the message falls back to Node's generic
// "false == true".

const { rawStacks } = require('internal/error_stacks');
const { parseFrame, sourceLine } = require('internal/stack');

const ReflectApply = Reflect.apply;
const uncurry = (fn) => (self, ...args) => ReflectApply(fn, self, args);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypeCharCodeAt = uncurry(String.prototype.charCodeAt);
const StringPrototypeReplace = uncurry(String.prototype.replace);
const RegExpPrototypeTest = uncurry(RegExp.prototype.test);
const WeakMapPrototypeGet = uncurry(WeakMap.prototype.get);
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeHas = uncurry(Map.prototype.has);
const ErrorCaptureStackTrace = Error.captureStackTrace;

// Message per call site; undefined for one whose source cannot be read.
const cache = new Map();

const kIdentChar = /[\p{ID_Continue}$\u200c\u200d]/u;
const isIdentChar = (c) => c !== undefined && RegExpPrototypeTest(kIdentChar, c);

// Control characters other than tab and line breaks are shown escaped.
// eslint-disable-next-line no-control-regex
const kControlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
function escapeControl(c) {
  const code = StringPrototypeCharCodeAt(c, 0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u00${code < 16 ? '0' : ''}${code.toString(16)}`;
}

// The frame of fn's caller: { file, line, col }, or undefined. Native
// frames (fn.call, fn.apply) are passed over to the code that called them,
// and so are kiln's own (node:) frames: t.assert.ok of node:test calls
// assert.ok through a wrapper, and the call to quote is the test's.
const kFramesLooked = 6;
function callerFrame(fn) {
  const holder = {};
  // Room for native and internal frames; a larger limit stays as it is.
  const limit = Error.stackTraceLimit;
  const raise = !(limit >= kFramesLooked);
  if (raise) Error.stackTraceLimit = kFramesLooked;
  try {
    ErrorCaptureStackTrace(holder, fn);
  } finally {
    if (raise) Error.stackTraceLimit = limit;
  }
  const raw = WeakMapPrototypeGet(rawStacks, holder);
  if (typeof raw !== 'string' || raw === '') return undefined;
  const frames = StringPrototypeSplit(raw, '\n');
  for (let i = 0; i < frames.length && i < kFramesLooked; i++) {
    const f = parseFrame(frames[i]);
    if (f.native || (typeof f.file === 'string' && StringPrototypeStartsWith(f.file, 'node:'))) continue;
    if (f.line === null || typeof f.file !== 'string') return undefined;
    return f;
  }
  return undefined;
}

// Node finds the call by parsing from V8's position, the name of the
// called property; where that name is a keyword (`o.default(x)`) the parse
// sees only the parenthesis, and Node quotes `(x)`.
const kKeywords = new Set([
  'break', 'case', 'catch', 'continue', 'debugger', 'default', 'do', 'else', 'finally', 'for',
  'function', 'if', 'return', 'switch', 'throw', 'try', 'var', 'while', 'with', 'null', 'true',
  'false', 'instanceof', 'typeof', 'void', 'delete', 'new', 'in', 'this', 'const', 'class',
  'extends', 'export', 'import',
]);
const SetPrototypeHas = uncurry(Set.prototype.has);

// Index where the callee ending just before `paren` starts.
function calleeStart(line, paren) {
  let start = paren;
  let j = paren - 1;
  let name = paren;
  while (name > 0 && isIdentChar(line[name - 1])) name--;
  if (name < paren && line[name - 1] === '.' &&
      SetPrototypeHas(kKeywords, StringPrototypeSlice(line, name, paren))) {
    return paren;
  }
  while (j >= 0) {
    const c = line[j];
    if (isIdentChar(c)) {
      while (j >= 0 && isIdentChar(line[j])) j--;
      start = j + 1;
    } else if (c === ']') {
      let depth = 0;
      let k = j;
      for (; k >= 0; k--) {
        if (line[k] === ']') depth++;
        else if (line[k] === '[' && --depth === 0) break;
      }
      if (k < 0) break;
      start = k;
      j = k - 1;
    } else if (c === '.') {
      // `a.b` and `a?.b` continue the callee; a dot opening the line (the
      // chain began on the line before) does not.
      let k = j - 1;
      if (line[k] === '?') k--;
      if (!isIdentChar(line[k]) && line[k] !== ']') break;
      j = k;
    } else {
      break;
    }
  }
  return start;
}

// Index just past the ")" closing the parenthesis at `paren`, or the end of
// the line when it closes on a later one.
function callEnd(line, paren) {
  let depth = 0;
  let prev = '(';
  let i = paren;
  const n = line.length;
  while (i < n) {
    const c = line[i];
    if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    } else if (c === '\'' || c === '"' || c === '`') {
      i++;
      while (i < n && line[i] !== c) {
        if (line[i] === '\\') i++;
        i++;
      }
    } else if (c === '/' && line[i + 1] === '/') {
      return n;
    } else if (c === '/' && line[i + 1] === '*') {
      const close = StringPrototypeIndexOf(line, '*/', i + 2);
      if (close === -1) return n;
      i = close + 1;
    } else if (c === '/' && StringPrototypeIndexOf('(,=:[!&|?{};+-*%<>~^', prev) !== -1) {
      // A regular expression literal.
      i++;
      let inClass = false;
      while (i < n && (inClass || line[i] !== '/')) {
        if (line[i] === '\\') i++;
        else if (line[i] === '[') inClass = true;
        else if (line[i] === ']') inClass = false;
        i++;
      }
    }
    if (c !== ' ' && c !== '\t') prev = line[i];
    i++;
  }
  return n;
}

// The message for a falsy assert.ok() called through fn, or undefined.
function falsyCallMessage(fn) {
  const f = callerFrame(fn);
  if (f === undefined) return undefined;
  const key = `${f.file}:${f.line}:${f.col}`;
  if (MapPrototypeHas(cache, key)) return MapPrototypeGet(cache, key);
  let message;
  // (The file's line as the stack shows it: internal/stack reads and
  // caches files, and keeps -e code and ES modules' sources.)
  const line = sourceLine(f.file, f.line);
  if (line !== undefined) {
    // The frame's column is V8's (internal/stack): at the callee's last
    // name, or at the "(" when the callee is no name (`a['ok'](x)`); the
    // arguments follow.
    let paren = f.col - 1;
    if (line[paren] !== '(') {
      while (isIdentChar(line[paren])) paren++;
      while (line[paren] === ' ' || line[paren] === '\t') paren++;
    }
    if (line[paren] === '(') {
      const code = StringPrototypeSlice(line, calleeStart(line, paren), callEnd(line, paren));
      message = 'The expression evaluated to a falsy value:\n\n  ' +
        `${StringPrototypeReplace(code, kControlChars, escapeControl)}\n`;
    }
  }
  MapPrototypeSet(cache, key, message);
  return message;
}

module.exports = { falsyCallMessage };
