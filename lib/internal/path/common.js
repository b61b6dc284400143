'use strict';
// Helpers shared by path.posix (lib/path.js) and path.win32
// (lib/internal/path/win32.js).

const { validateObject, validateString } = require('internal/validators');

// Builtins captured at load, so that user code patching String.prototype
// cannot change what path computes. They are called through `.call` in small
// wrappers rather than uncurried with Function.prototype.call.bind(): JSC
// inlines the former, while a bound `call` made path 4 to 10 times slower.
const {
  charCodeAt, indexOf, lastIndexOf, slice, toLowerCase, toUpperCase, replaceAll,
} = String.prototype;
const StringPrototypeCharCodeAt = (s, i) => charCodeAt.call(s, i);
const StringPrototypeIndexOf = (s, search, from) => indexOf.call(s, search, from);
const StringPrototypeLastIndexOf = (s, search, from) => lastIndexOf.call(s, search, from);
const StringPrototypeSlice = (s, start, end) => slice.call(s, start, end);
const StringPrototypeToLowerCase = (s) => toLowerCase.call(s);
const StringPrototypeToUpperCase = (s) => toUpperCase.call(s);
const StringPrototypeReplaceAll = (s, search, replacement) =>
  replaceAll.call(s, search, replacement);
const MathMin = Math.min;
const setHas = Set.prototype.has;
const SetPrototypeHas = (set, value) => setHas.call(set, value);

const kSlash = 0x2f;
const kBackslash = 0x5c;
const kDot = 0x2e;
const kColon = 0x3a;
const kQuestion = 0x3f;

function isPosixSep(code) {
  return code === kSlash;
}

// Where the kept segments of the current collapse() lie in its path.
// Reused from call to call: collapse() calls nothing that could re-enter it.
const keptStarts = [];
const keptEnds = [];

// The segments of path[start..], split at separators, with empty and '.'
// segments dropped and each '..' cancelling the segment before it. A '..'
// with nothing left to cancel is kept only when allowAboveRoot; it can only
// be followed by more '..', so every kept '..' sits at the front.
// Returns the segments joined by sep, without leading or trailing sep.
//
// Every kept segment is a slice of path, so when they follow each other
// separated by one sep (an already normal path, the usual case) the result
// is one slice; otherwise the pieces are joined once at the end.
function collapse(path, start, isSep, sep, allowAboveRoot) {
  const len = path.length;
  let kept = 0;
  let ups = 0;
  let segStart = start;
  for (let i = start; i <= len; i++) {
    if (i < len) {
      // POSIX separators are found by indexOf, a segment at a time: a call
      // per character makes the helpers hot enough at startup for the JIT.
      if (isSep === isPosixSep) {
        i = StringPrototypeIndexOf(path, '/', i);
        if (i === -1) i = len;
      } else if (!isSep(StringPrototypeCharCodeAt(path, i))) {
        continue;
      }
    }
    const segLen = i - segStart;
    if (segLen === 0 ||
        (segLen === 1 && StringPrototypeCharCodeAt(path, segStart) === kDot)) {
      segStart = i + 1;
      continue;
    }
    if (segLen === 2 && StringPrototypeCharCodeAt(path, segStart) === kDot &&
        StringPrototypeCharCodeAt(path, segStart + 1) === kDot) {
      if (kept > ups) {
        kept--;
        segStart = i + 1;
        continue;
      }
      if (!allowAboveRoot) {
        segStart = i + 1;
        continue;
      }
      ups++;
    }
    keptStarts[kept] = segStart;
    keptEnds[kept] = i;
    kept++;
    segStart = i + 1;
  }
  if (kept === 0) return '';
  const sepCode = StringPrototypeCharCodeAt(sep, 0);
  let k = 1;
  // One character apart, the segments are split by a separator; on POSIX
  // it is sep itself.
  while (k < kept && keptStarts[k] === keptEnds[k - 1] + 1 &&
         (isSep === isPosixSep || StringPrototypeCharCodeAt(path, keptEnds[k - 1]) === sepCode)) {
    k++;
  }
  if (k === kept) return StringPrototypeSlice(path, keptStarts[0], keptEnds[kept - 1]);
  let out = StringPrototypeSlice(path, keptStarts[0], keptEnds[k - 1]);
  for (; k < kept; k++) out += sep + StringPrototypeSlice(path, keptStarts[k], keptEnds[k]);
  return out;
}

// The index just past the last component of path[start..], trailing
// separators not counted; -1 when that part holds no component at all.
function componentEnd(path, start, isSep) {
  for (let i = path.length - 1; i >= start; i--) {
    if (!isSep(StringPrototypeCharCodeAt(path, i))) return i + 1;
  }
  return -1;
}

// The index at which the component ending at `end` begins: just past the
// separator before it, or `start`.
function componentBegin(path, start, end, isSep) {
  if (isSep === isPosixSep) {
    const slash = end > 0 ? StringPrototypeLastIndexOf(path, '/', end - 1) : -1;
    return slash >= start ? slash + 1 : start;
  }
  for (let i = end - 1; i >= start; i--) {
    if (isSep(StringPrototypeCharCodeAt(path, i))) return i + 1;
  }
  return start;
}

// The last '.' of the component [begin, end) that can start an extension:
// not its first character, and none at all in '..'. -1 when there is none.
function extensionDot(path, begin, end) {
  // (charCodeAt called in place: this runs per character.)
  for (let i = end - 1; i > begin; i--) {
    if (charCodeAt.call(path, i) !== kDot) continue;
    if (i === begin + 1 && end === begin + 2 && charCodeAt.call(path, begin) === kDot) return -1;
    return i;
  }
  return -1;
}

// basename() for both flavours; `start` skips a win32 drive.
function basenameOf(path, suffix, start, isSep) {
  const withSuffix = suffix !== undefined && suffix.length > 0 &&
    suffix.length <= path.length;
  if (withSuffix && suffix === path) return '';
  const end = componentEnd(path, start, isSep);
  if (end === -1) {
    // Nothing but separators. Node answers '' without a suffix, but the
    // whole tail (separators and all) with one.
    return withSuffix ? StringPrototypeSlice(path, start) : '';
  }
  const begin = componentBegin(path, start, end, isSep);
  if (!withSuffix) return StringPrototypeSlice(path, begin, end);
  const baseLen = end - begin;
  const suffixLen = suffix.length;
  const n = MathMin(baseLen, suffixLen);
  for (let k = 1; k <= n; k++) {
    if (StringPrototypeCharCodeAt(path, end - k) !==
        StringPrototypeCharCodeAt(suffix, suffixLen - k)) {
      return StringPrototypeSlice(path, begin, end);
    }
  }
  if (suffixLen < baseLen) return StringPrototypeSlice(path, begin, end - suffixLen);
  if (suffixLen === baseLen) return StringPrototypeSlice(path, begin, end);
  // The whole name is a tail of a longer suffix: Node then returns the rest
  // of the path from the name on, trailing separators included.
  return StringPrototypeSlice(path, begin);
}

function extnameOf(path, start, isSep) {
  const end = componentEnd(path, start, isSep);
  if (end === -1) return '';
  const dot = extensionDot(path, componentBegin(path, start, end, isSep), end);
  return dot === -1 ? '' : StringPrototypeSlice(path, dot, end);
}

// Fills base, name and ext of a parse() result from [begin, end).
function splitName(ret, path, begin, end, dot) {
  ret.base = StringPrototypeSlice(path, begin, end);
  if (dot === -1) {
    ret.name = ret.base;
  } else {
    ret.name = StringPrototypeSlice(path, begin, dot);
    ret.ext = StringPrototypeSlice(path, dot, end);
  }
}

function formatWith(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  // The reads happen in Node's order, which getters can observe.
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const name = pathObject.name || '';
    const ext = pathObject.ext;
    base = `${name}${ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : ''}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}




module.exports = {
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeLastIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  StringPrototypeToUpperCase,
  StringPrototypeReplaceAll,
  MathMin,
  setHas,
  SetPrototypeHas,
  kSlash,
  kBackslash,
  kDot,
  kColon,
  kQuestion,
  isPosixSep,
  collapse,
  componentEnd,
  componentBegin,
  extensionDot,
  basenameOf,
  extnameOf,
  splitName,
  formatWith,
};
