'use strict';
// path.win32, loaded the first time it is asked for: programs on Linux
// rarely do, and path itself is on the startup path.

const {
  StringPrototypeCharCodeAt,
  StringPrototypeIndexOf,
  StringPrototypeSlice,
  StringPrototypeToLowerCase,
  StringPrototypeReplaceAll,
  MathMin,
  kSlash,
  kBackslash,
  kDot,
  kQuestion,
  collapse,
  componentEnd,
  componentBegin,
  extensionDot,
  basenameOf,
  extnameOf,
  splitName,
  formatWith,
  kColon,
  SetPrototypeHas,
  StringPrototypeToUpperCase,
} = require('internal/path/common');
const { validateObject, validateString } = require('internal/validators');

let glob; // internal/path/glob, loaded by the first matchesGlob()

function isWinSep(code) {
  return code === kSlash || code === kBackslash;
}

function isDriveLetter(code) {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// 'C:' at the start of path. It does not make the path absolute; 'C:x'
// names x in drive C's current directory.
function hasDrive(path) {
  return path.length >= 2 && StringPrototypeCharCodeAt(path, 1) === kColon &&
    isDriveLetter(StringPrototypeCharCodeAt(path, 0));
}

// Device names that Windows opens in every directory ('C:\dir\CON' is the
// console). Followed by a colon, they get special treatment in normalize()
// and join(); see there.
const kReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

function isReservedName(name) {
  return SetPrototypeHas(kReservedNames, StringPrototypeToUpperCase(name));
}

// '\\server\share' at the start of a win32 path: two separators, a server
// name, one or more separators, a share name. Returns where the names lie,
// or null. What a match means differs between the functions below, as it
// does in Node.
function matchUnc(path) {
  const len = path.length;
  if (len < 5 || !isWinSep(StringPrototypeCharCodeAt(path, 0)) ||
      !isWinSep(StringPrototypeCharCodeAt(path, 1))) {
    return null;
  }
  let j = 2;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === 2 || j === len) return null;
  const serverEnd = j;
  while (j < len && isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(StringPrototypeCharCodeAt(path, j))) j++;
  return { serverEnd, shareStart, shareEnd: j };
}

// '\\.\' and '\\?\' open the device and long-path namespaces; for
// resolve() and normalize() the root there is the four characters alone.
function isNamespaceServer(path, unc) {
  if (unc.serverEnd !== 3) return false;
  const code = StringPrototypeCharCodeAt(path, 2);
  return code === kDot || code === kQuestion;
}

const win32 = {
  resolve(...args) {
    let device = '';
    let tail = '';
    let absolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (device.length === 0) {
        path = process.cwd();
      } else {
        // A drive was named ('C:x') but no absolute path on it: Windows
        // keeps a current directory per drive in the hidden variable '=C:'
        // (on Linux only ever inherited: setenv refuses a name with '=').
        // Without it, the process cwd. Either gives way to the drive's root
        // only when it names another drive followed by a backslash; Node
        // keeps 'D:/x' and 'x' as they are, and so does this.
        path = process.env[`=${device}`] || process.cwd();
        if (path === undefined ||
            (StringPrototypeToLowerCase(StringPrototypeSlice(path, 0, 2)) !==
              StringPrototypeToLowerCase(device) &&
             StringPrototypeCharCodeAt(path, 2) === kBackslash)) {
          path = `${device}\\`;
        }
      }

      let pathDevice = '';
      let rootEnd = 0;
      let pathAbsolute = false;
      const code = StringPrototypeCharCodeAt(path, 0);
      if (isWinSep(code)) {
        pathAbsolute = true;
        if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
          const unc = matchUnc(path);
          if (unc !== null) {
            const server = StringPrototypeSlice(path, 2, unc.serverEnd);
            if (isNamespaceServer(path, unc)) {
              pathDevice = `\\\\${server}`;
              rootEnd = 4;
            } else {
              const share = StringPrototypeSlice(path, unc.shareStart, unc.shareEnd);
              pathDevice = `\\\\${server}\\${share}`;
              rootEnd = unc.shareEnd;
            }
          }
        } else {
          rootEnd = 1;
        }
      } else if (hasDrive(path)) {
        pathDevice = StringPrototypeSlice(path, 0, 2);
        rootEnd = 2;
        if (isWinSep(StringPrototypeCharCodeAt(path, 2))) {
          pathAbsolute = true;
          rootEnd = 3;
        }
      }

      if (pathDevice.length > 0) {
        if (device.length === 0) {
          device = pathDevice;
        } else if (StringPrototypeToLowerCase(pathDevice) !==
                   StringPrototypeToLowerCase(device)) {
          // Another drive's path says nothing about this one.
          continue;
        }
      }

      if (!absolute) {
        tail = `${StringPrototypeSlice(path, rootEnd)}\\${tail}`;
        absolute = pathAbsolute;
      }
      if (absolute && device.length > 0) break;
    }

    tail = collapse(tail, 0, isWinSep, '\\', !absolute);
    if (absolute) return `${device}\\${tail}`;
    return `${device}${tail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = StringPrototypeCharCodeAt(path, 0);
    if (len === 1) return code === kSlash ? '\\' : path;

    let device;
    let rootEnd = 0;
    let absolute = false;
    if (isWinSep(code)) {
      absolute = true;
      if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        const unc = matchUnc(path);
        if (unc !== null) {
          const server = StringPrototypeSlice(path, 2, unc.serverEnd);
          if (isNamespaceServer(path, unc)) {
            device = `\\\\${server}`;
            rootEnd = 4;
          } else if (unc.shareEnd === len) {
            // A bare UNC root always gets its trailing separator.
            return `\\\\${server}\\${StringPrototypeSlice(path, unc.shareStart)}\\`;
          } else {
            device = `\\\\${server}\\${StringPrototypeSlice(path, unc.shareStart, unc.shareEnd)}`;
            rootEnd = unc.shareEnd;
          }
        }
      } else {
        rootEnd = 1;
      }
    } else if (hasDrive(path)) {
      device = StringPrototypeSlice(path, 0, 2);
      rootEnd = 2;
      if (isWinSep(StringPrototypeCharCodeAt(path, 2))) {
        absolute = true;
        rootEnd = 3;
      }
    }

    // A reserved device name before the first colon ('CON:x') is a root of
    // its own, and the result is marked relative ('.\CON:x') so that it can
    // never be read as a drive path. Node takes the name from slice(0, -1)
    // when there is no colon, so 'CONx' counts too.
    const colon = StringPrototypeIndexOf(path, ':');
    const reserved = isReservedName(StringPrototypeSlice(path, 0, colon));
    if (reserved && colon !== -1) {
      device = StringPrototypeSlice(path, 0, colon + 1);
      rootEnd = colon + 1;
    }

    let tail = rootEnd < len ? collapse(path, rootEnd, isWinSep, '\\', !absolute) : '';
    if (tail.length === 0 && !absolute) tail = '.';
    if (tail.length > 0 && isWinSep(StringPrototypeCharCodeAt(path, len - 1))) tail += '\\';

    if (!absolute && device === undefined && colon !== -1) {
      // Collapsing '..' must not leave a relative path that Windows reads as
      // drive-qualified ('x/../C:y') or as a named stream on a device
      // ('a/../b:'); such a result gets a leading '.\' (a Node
      // security fix of 2025).
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let c = colon; c !== -1; c = StringPrototypeIndexOf(path, ':', c + 1)) {
        if (c === len - 1 || isWinSep(StringPrototypeCharCodeAt(path, c + 1))) {
          return `.\\${tail}`;
        }
      }
    }
    if (reserved) return `.\\${device ?? ''}${tail}`;
    if (device === undefined) return absolute ? `\\${tail}` : tail;
    return absolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    const code = StringPrototypeCharCodeAt(path, 0);
    return isWinSep(code) ||
      (path.length > 2 && hasDrive(path) && isWinSep(StringPrototypeCharCodeAt(path, 2)));
  },

  join(...args) {
    let joined;
    let first;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length === 0) continue;
      if (joined === undefined) joined = first = arg;
      else joined = `${joined}\\${arg}`;
    }
    if (joined === undefined) return '.';

    // normalize() reads two leading separators as a UNC root. join() lets
    // them through only when the first argument clearly is one (exactly
    // two separators, then a name), so join('//server', 'share') still
    // makes '\\server\share\'; otherwise the run becomes one separator.
    const uncFirst = first.length > 2 &&
      isWinSep(StringPrototypeCharCodeAt(first, 0)) &&
      isWinSep(StringPrototypeCharCodeAt(first, 1)) &&
      !isWinSep(StringPrototypeCharCodeAt(first, 2));
    if (!uncFirst) {
      let n = 0;
      while (n < joined.length && isWinSep(StringPrototypeCharCodeAt(joined, n))) n++;
      if (n >= 2) joined = `\\${StringPrototypeSlice(joined, n)}`;
    }

    // A reserved device name with a colon in any '\'-separated part
    // ('a\CON:') leaves the result unnormalized but for '/' becoming '\',
    // as Node does, so that '..' cannot walk the name to the front.
    let partStart = 0;
    for (let i = 0; i <= joined.length; i++) {
      if (i < joined.length && StringPrototypeCharCodeAt(joined, i) !== kBackslash) continue;
      const colon = StringPrototypeIndexOf(joined, ':', partStart);
      if (colon !== -1 && colon < i &&
          isReservedName(StringPrototypeSlice(joined, partStart, colon))) {
        return StringPrototypeReplaceAll(joined, '/', '\\');
      }
      partStart = i + 1;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    // Windows paths compare without regard to case.
    const fromLow = StringPrototypeToLowerCase(fromOrig);
    const toLow = StringPrototypeToLowerCase(toOrig);
    if (fromLow === toLow) return '';
    if (fromLow.length !== fromOrig.length || toLow.length !== toOrig.length) {
      // Lower-casing changed a length ('\u0130' becomes two code units), so
      // positions in the lowered strings no longer match the originals.
      return relativeBySegments(fromOrig, toOrig);
    }

    // Node compares the resolved paths character by character, with the
    // leading separators and (for roots) the trailing ones set aside, and
    // cuts at the last separator both share. On odd pairs, such as a UNC
    // path against a rooted one, that gives results no component-wise
    // comparison would; they are reproduced here.
    let fromStart = 0;
    while (fromStart < fromLow.length &&
           StringPrototypeCharCodeAt(fromLow, fromStart) === kBackslash) fromStart++;
    let fromEnd = fromLow.length;
    while (fromEnd - 1 > fromStart &&
           StringPrototypeCharCodeAt(fromLow, fromEnd - 1) === kBackslash) fromEnd--;
    let toStart = 0;
    while (toStart < toLow.length &&
           StringPrototypeCharCodeAt(toLow, toStart) === kBackslash) toStart++;
    let toEnd = toLow.length;
    while (toEnd - 1 > toStart &&
           StringPrototypeCharCodeAt(toLow, toEnd - 1) === kBackslash) toEnd--;
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const common = MathMin(fromLen, toLen);

    let i = 0;
    let lastSep = -1;
    for (; i < common; i++) {
      const code = StringPrototypeCharCodeAt(fromLow, fromStart + i);
      if (code !== StringPrototypeCharCodeAt(toLow, toStart + i)) break;
      if (code === kBackslash) lastSep = i;
    }

    if (i < common) {
      // Different before the first shared separator: different roots.
      if (lastSep === -1) return toOrig;
    } else {
      if (toLen > common) {
        // `from` is an ancestor of `to`.
        if (StringPrototypeCharCodeAt(toLow, toStart + i) === kBackslash) {
          return StringPrototypeSlice(toOrig, toStart + i + 1);
        }
        // `from` is a drive root ('C:\', whose separator was trimmed).
        if (i === 2) return StringPrototypeSlice(toOrig, toStart + i);
      } else if (fromLen > common) {
        if (StringPrototypeCharCodeAt(fromLow, fromStart + i) === kBackslash) {
          lastSep = i;
        } else if (i === 2) {
          lastSep = 3;
        }
      }
      if (lastSep === -1) lastSep = 0;
    }

    let out = '';
    for (let k = fromStart + lastSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || StringPrototypeCharCodeAt(fromLow, k) === kBackslash) {
        out = out.length === 0 ? '..' : `${out}\\..`;
      }
    }
    let restStart = toStart + lastSep;
    if (out.length > 0) return `${out}${StringPrototypeSlice(toOrig, restStart, toEnd)}`;
    if (StringPrototypeCharCodeAt(toOrig, restStart) === kBackslash) restStart++;
    return StringPrototypeSlice(toOrig, restStart, toEnd);
  },

  toNamespacedPath(path) {
    // Anything but a non-empty string passes through untouched.
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (StringPrototypeCharCodeAt(resolved, 0) === kBackslash) {
      if (StringPrototypeCharCodeAt(resolved, 1) === kBackslash) {
        const code = StringPrototypeCharCodeAt(resolved, 2);
        // '\\server\share\x' becomes '\\?\UNC\server\share\x'; a path
        // already in the '\\?\' or '\\.\' namespace stays as it is.
        if (code !== kQuestion && code !== kDot) {
          return `\\\\?\\UNC\\${StringPrototypeSlice(resolved, 2)}`;
        }
      }
    } else if (hasDrive(resolved) && StringPrototypeCharCodeAt(resolved, 2) === kBackslash) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const code = StringPrototypeCharCodeAt(path, 0);
    if (len === 1) return isWinSep(code) ? path : '.';

    let rootEnd = -1;
    if (isWinSep(code)) {
      rootEnd = 1;
      if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        const unc = matchUnc(path);
        if (unc !== null) {
          // A bare UNC root is its own dirname; otherwise the root keeps
          // the separator that follows the share.
          if (unc.shareEnd === len) return path;
          rootEnd = unc.shareEnd + 1;
        }
      }
    } else if (hasDrive(path)) {
      rootEnd = isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }

    const floor = rootEnd === -1 ? 0 : rootEnd;
    let i = len - 1;
    while (i >= floor && isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    while (i >= floor && !isWinSep(StringPrototypeCharCodeAt(path, i))) i--;
    if (i >= floor) return StringPrototypeSlice(path, 0, i);
    return rootEnd === -1 ? '.' : StringPrototypeSlice(path, 0, rootEnd);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, hasDrive(path) ? 2 : 0, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    return extnameOf(path, hasDrive(path) ? 2 : 0, isWinSep);
  },

  format(pathObject) {
    return formatWith('\\', pathObject);
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    let rootEnd = 0;
    if (isWinSep(StringPrototypeCharCodeAt(path, 0))) {
      rootEnd = 1;
      if (isWinSep(StringPrototypeCharCodeAt(path, 1))) {
        const unc = matchUnc(path);
        if (unc !== null) rootEnd = unc.shareEnd === len ? len : unc.shareEnd + 1;
      }
    } else if (hasDrive(path)) {
      rootEnd = isWinSep(StringPrototypeCharCodeAt(path, 2)) ? 3 : 2;
    }
    ret.root = StringPrototypeSlice(path, 0, rootEnd);

    const end = componentEnd(path, rootEnd, isWinSep);
    if (end === -1) {
      ret.dir = ret.root;
      return ret;
    }
    const begin = componentBegin(path, rootEnd, end, isWinSep);
    splitName(ret, path, begin, end, extensionDot(path, begin, end));
    // The dir of a name directly under the root is the whole root
    // ('C:\' for 'C:\x'); deeper, it loses its trailing separator.
    ret.dir = begin > rootEnd ? StringPrototypeSlice(path, 0, begin - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    glob ??= require('internal/path/glob');
    return glob.matchGlobPattern(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

// win32.relative() when lower-casing changed the length of a path: the
// comparison is then made component by component.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = splitBackslash(fromOrig);
  const toParts = splitBackslash(toOrig);
  const fromLen = fromParts.length;
  const toLen = toParts.length;
  const common = MathMin(fromLen, toLen);
  let i = 0;
  while (i < common && StringPrototypeToLowerCase(fromParts[i]) ===
         StringPrototypeToLowerCase(toParts[i])) i++;
  if (i === 0) return toOrig;
  if (i === common) {
    if (toLen > common) return joinParts(toParts, i);
    if (fromLen > common) return `${repeatUp(fromLen - 1 - i)}..`;
    return '';
  }
  return `${repeatUp(fromLen - i)}${joinParts(toParts, i)}`;
}

// path split at '\', without the empty part a trailing '\' leaves.
function splitBackslash(path) {
  const parts = [];
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && StringPrototypeCharCodeAt(path, i) !== kBackslash) continue;
    parts[parts.length] = StringPrototypeSlice(path, start, i);
    start = i + 1;
  }
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.length--;
  return parts;
}

function joinParts(parts, from) {
  let out = '';
  for (let i = from; i < parts.length; i++) out = i === from ? parts[i] : `${out}\\${parts[i]}`;
  return out;
}

function repeatUp(n) {
  let out = '';
  for (let i = 0; i < n; i++) out += '..\\';
  return out;
}

const posix = require('path');
win32.win32 = win32;
win32.posix = posix;
// The pre-v9 name of toNamespacedPath, still present in Node.
win32._makeLong = win32.toNamespacedPath;

module.exports = win32;
