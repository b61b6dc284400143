'use strict';
// node:path. Two complete implementations, path.posix and path.win32, each
// reachable from the other; the module itself is the posix one, since kiln
// runs on Linux. Everything here is string arithmetic: no binding, no I/O
// beyond process.cwd() and, for win32 drive-relative paths, process.env.
//
// Node's results are the contract down to the quirks (basename keeping
// trailing slashes for some suffixes, parse('/..') having an extension,
// win32.relative comparing characters rather than components). Where a
// result looks wrong, the comment says it is Node's.
//
// matchesGlob() is internal/path/glob.js, loaded on first use.

const {
  StringPrototypeCharCodeAt,
  StringPrototypeSlice,
  StringPrototypeLastIndexOf,
  MathMin,
  kSlash,
  kDot,
  isPosixSep,
  collapse,
  extensionDot,
  basenameOf,
  extnameOf,
  formatWith,
} = require('internal/path/common');
const { validateObject, validateString } = require('internal/validators');

// The builtins themselves, for loops that call them in place.
const { charCodeAt, slice, endsWith } = String.prototype;

let glob;
function lazyGlob() {
  return glob ??= require('internal/path/glob');
}

const posix = {
  resolve(...args) {
    let resolved = '';
    let absolute = false;
    // Right to left until a path is absolute; arguments before that one are
    // not looked at, not even validated.
    for (let i = args.length - 1; i >= 0 && !absolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      absolute = path[0] === '/';
    }
    if (!absolute) {
      const cwd = process.cwd();
      resolved = `${cwd}/${resolved}`;
      absolute = cwd[0] === '/';
    }
    const tail = collapse(resolved, 0, isPosixSep, '/', !absolute);
    if (absolute) return `/${tail}`;
    return tail.length > 0 ? tail : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const absolute = path[0] === '/';
    const trailing = path[len - 1] === '/';
    let out = collapse(path, 0, isPosixSep, '/', !absolute);
    if (out.length === 0) {
      if (absolute) return '/';
      out = '.';
    }
    if (trailing) out += '/';
    return absolute ? `/${out}` : out;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === '/';
  },

  join(...args) {
    let joined = '';
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      joined = joined.length === 0 ? arg : `${joined}/${arg}`;
    }
    if (joined.length === 0) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute and normalized: '/' or '/a/b'. With the root
    // written as '', every component is preceded by exactly one '/'.
    const f = from.length === 1 ? '' : from;
    const t = to.length === 1 ? '' : to;
    const n = MathMin(f.length, t.length);
    // The end of a path counts as a separator, so '/a' is a prefix of '/a/b'
    // but not of '/ab'.
    let common = 0;
    for (let i = 0; i <= n; i++) {
      const fc = i < f.length ? StringPrototypeCharCodeAt(f, i) : kSlash;
      if (fc !== (i < t.length ? StringPrototypeCharCodeAt(t, i) : kSlash)) break;
      if (fc === kSlash) common = i;
    }
    let out = '';
    for (let i = common; i < f.length; i++) {
      if (StringPrototypeCharCodeAt(f, i) === kSlash) out = out.length === 0 ? '..' : `${out}/..`;
    }
    const rest = common < t.length ? StringPrototypeSlice(t, common + 1) : '';
    if (out.length === 0) return rest;
    return rest.length === 0 ? out : `${out}/${rest}`;
  },

  toNamespacedPath(path) {
    // Namespaces are a Windows notion.
    return path;
  },

  dirname(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    // The slash before the last name, scanned for from the end with the
    // builtins called in place: no helper per character (one called some
    // 35 times at start would be compiled by the JIT, docs/startup.md),
    // and the JIT inlines these (half the time of lastIndexOf and slice
    // through wrappers).
    const absolute = charCodeAt.call(path, 0) === kSlash;
    let i = len - 1;
    while (i >= 1 && charCodeAt.call(path, i) === kSlash) i--;
    while (i >= 1 && charCodeAt.call(path, i) !== kSlash) i--;
    if (i < 1) return absolute ? '/' : '.';
    // Node keeps both slashes of a leading '//' (POSIX leaves its meaning
    // to the implementation), and any doubled slash before the name.
    if (i === 1 && absolute) return '//';
    return slice.call(path, 0, i);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    if (typeof path !== 'string') validateString(path, 'path');
    // The common cases in place, as dirname: a name after its slashes, and
    // a suffix shorter than it. basenameOf has the rest of Node's rules.
    let end = path.length;
    while (end > 0 && charCodeAt.call(path, end - 1) === kSlash) end--;
    const suffixLen = suffix === undefined ? 0 : suffix.length;
    if (end > 0 && (suffixLen === 0 || suffixLen > path.length || suffix !== path)) {
      let begin = end - 1;
      while (begin > 0 && charCodeAt.call(path, begin - 1) !== kSlash) begin--;
      if (suffixLen === 0 || suffixLen > path.length) return slice.call(path, begin, end);
      if (suffixLen < end - begin) {
        return endsWith.call(path, suffix, end) ? slice.call(path, begin, end - suffixLen) : slice.call(path, begin, end);
      }
    }
    return basenameOf(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameOf(path, 0, isPosixSep);
  },

  format(pathObject) {
    return formatWith('/', pathObject);
  },

  // The result object is made once its fields are known: JavaScriptCore
  // keeps a literal's shape, where filling a blank one in costs more.
  parse(path) {
    if (typeof path !== 'string') validateString(path, 'path');
    const len = path.length;
    if (len === 0) return { root: '', dir: '', base: '', ext: '', name: '' };
    // (The builtins called in place, as in dirname.)
    const start = charCodeAt.call(path, 0) === kSlash ? 1 : 0;
    const root = start === 1 ? '/' : '';
    let end = len;
    while (end > start && charCodeAt.call(path, end - 1) === kSlash) end--;
    if (end === start) return { root, dir: root, base: '', ext: '', name: '' };
    let begin = end - 1;
    while (begin > start && charCodeAt.call(path, begin - 1) !== kSlash) begin--;
    let dot = extensionDot(path, begin, end);
    // Node's quirk: a '..' right under the root ('/..') is split into
    // name '.' and ext '.', unlike extname('/..') which is ''.
    if (dot === -1 && begin === 1 && end === 3 && charCodeAt.call(path, 1) === kDot &&
        charCodeAt.call(path, 2) === kDot) {
      dot = 2;
    }
    const base = slice.call(path, begin, end);
    const dir = begin > start ? slice.call(path, 0, begin - 1) : root;
    if (dot === -1) return { root, dir, base, ext: '', name: base };
    return { root, dir, base, ext: slice.call(path, dot, end), name: slice.call(path, begin, dot) };
  },

  matchesGlob(path, pattern) {
    return lazyGlob().matchGlobPattern(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.posix = posix;
// path.win32 (and path.posix.win32) is loaded on first use.
Object.defineProperty(posix, 'win32', {
  enumerable: true,
  configurable: true,
  get() {
    const win32 = require('internal/path/win32');
    Object.defineProperty(posix, 'win32', { value: win32, writable: true, enumerable: true, configurable: true });
    return win32;
  },
  set(value) {
    Object.defineProperty(posix, 'win32', { value, writable: true, enumerable: true, configurable: true });
  },
});
// The pre-v9 name of toNamespacedPath, still present in Node.
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
