'use strict';
// fs.glob, fs.globSync and fs.promises.glob: paths matching shell patterns.
//
// Syntax: * and ? within one path segment, [...] classes ([!...] or [^...]
// to negate), {a,b} and {1..5} braces, ** for any number of directories,
// and the extglobs @(a|b), !(a|b), +(a|b), *(a|b), ?(a|b). As in Node,
// names starting with '.' match only a pattern segment that starts with
// '.'; ** and wildcards do not go through symbolic links to directories
// (a literal segment does); a trailing '/' matches directories only.
// Results are relative to cwd for a relative pattern, absolute for an
// absolute one, each once.
//
// The walk is one generator that yields the file system calls it needs;
// globSync answers them synchronously, glob and promises.glob with the
// binding's asynchronous calls.

const binding = internalBinding('fs');
const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const {
  DirentFromStats,
  entriesFromBinding,
  constants: { S_IFDIR, S_IFLNK, UV_DIRENT_DIR, UV_DIRENT_FILE, UV_DIRENT_LINK, UV_DIRENT_UNKNOWN },
  getStatsFromBinding,
  isFileType,
  toPathIfFileURL,
} = require('internal/fs/utils');

const ArrayIsArray = Array.isArray;
const PromiseCtor = Promise;
const RegExpCtor = RegExp;
const RegExpPrototypeTest = RegExp.prototype.test;
const ReflectApply = Reflect.apply;
const SafeSet = Set;

let pathModule;
function lazyPath() {
  return pathModule ??= require('path');
}

// ---- patterns ------------------------------------------------------------------------

// The index of the brace that closes the one at i, or -1.
function closingBrace(s, i) {
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    if (s[j] === '\\') {
      j++;
    } else if (s[j] === '{') {
      depth++;
    } else if (s[j] === '}' && --depth === 0) {
      return j;
    }
  }
  return -1;
}

// The top-level comma-separated parts of a brace body.
function braceParts(body) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let j = 0; j < body.length; j++) {
    const c = body[j];
    if (c === '\\') j++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, j));
      start = j + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const kRange = /^(-?\d+)\.\.(-?\d+)$|^([a-zA-Z])\.\.([a-zA-Z])$/;

// {a,b} and {1..3} expanded into the patterns they stand for.
function expandBraces(pattern) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    if (pattern[i] !== '{') continue;
    const end = closingBrace(pattern, i);
    if (end === -1) return [pattern];
    const body = pattern.slice(i + 1, end);
    const head = pattern.slice(0, i);
    const tail = pattern.slice(end + 1);
    let alternatives;
    const range = ReflectApply(RegExpPrototypeTest, kRange, [body]) ? body.match(kRange) : null;
    if (range) {
      alternatives = [];
      if (range[1] !== undefined) {
        const a = +range[1];
        const b = +range[2];
        const step = a <= b ? 1 : -1;
        for (let n = a; step > 0 ? n <= b : n >= b; n += step) alternatives.push(`${n}`);
      } else {
        const a = range[3].charCodeAt(0);
        const b = range[4].charCodeAt(0);
        const step = a <= b ? 1 : -1;
        for (let n = a; step > 0 ? n <= b : n >= b; n += step) alternatives.push(String.fromCharCode(n));
      }
    } else {
      alternatives = braceParts(body);
      if (alternatives.length < 2) {
        // Not a set: a literal brace, and expansion goes on after it.
        return expandBraces(tail).map((t) => `${head}{${body}}${t}`);
      }
    }
    const out = [];
    for (const alt of alternatives) {
      for (const expanded of expandBraces(head + alt + tail)) out.push(expanded);
    }
    return out;
  }
  return [pattern];
}

const kSpecial = /[*?[\]()|@!+\\]/;

function escapeRegExp(c) {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

// The regular expression source of a segment from i until one of the stop
// characters (for the inside of an extglob); returns [source, next index].
function segmentSource(seg, i, stops) {
  let src = '';
  while (i < seg.length) {
    const c = seg[i];
    if (stops.includes(c)) break;
    if ('@!+*?'.includes(c) && seg[i + 1] === '(') {
      const alts = [];
      let j = i + 2;
      while (true) {
        const [altSrc, next] = segmentSource(seg, j, '|)');
        alts.push(altSrc);
        j = next;
        if (j >= seg.length) return [src + escapeRegExp(c) + escapeRegExp('('), seg.length];
        if (seg[j] === ')') break;
        j++;
      }
      const group = `(?:${alts.join('|')})`;
      if (c === '@') src += group;
      else if (c === '+') src += `${group}+`;
      else if (c === '*') src += `${group}*`;
      else if (c === '?') src += `${group}?`;
      else src += `(?:(?!${group}$)[^/]*?)`;
      i = j + 1;
      continue;
    }
    if (c === '*') {
      src += '[^/]*';
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) {
        src += '\\[';
      } else {
        let body = seg.slice(i + 1, close);
        let negate = false;
        if (body[0] === '!' || body[0] === '^') {
          negate = true;
          body = body.slice(1);
        }
        body = body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]');
        src += negate ? `[^/${body}]` : `[${body}]`;
        i = close;
      }
    } else if (c === '\\' && i + 1 < seg.length) {
      src += escapeRegExp(seg[++i]);
    } else {
      src += escapeRegExp(c);
    }
    i++;
  }
  return [src, i];
}

// A segment: '**', a literal name, or a RegExp for one name.
function compileSegment(seg) {
  if (seg === '**') return { globstar: true };
  if (!ReflectApply(RegExpPrototypeTest, kSpecial, [seg])) return { literal: seg };
  const [src] = segmentSource(seg, 0, '');
  // Dotfiles match only a pattern that starts with a dot.
  const dotOk = seg[0] === '.';
  return { regexp: new RegExpCtor(`^${dotOk ? '' : '(?!\\.)'}${src}$`) };
}

// A pattern as { absolute, segments, dirOnly, dotStart }.
function compilePattern(pattern, foldParent = false) {
  const absolute = pattern[0] === '/';
  const dotStart = pattern === '.' || pattern.startsWith('./');
  const dirOnly = pattern.length > 1 && pattern[pattern.length - 1] === '/';
  const parts = [];
  for (const part of pattern.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '**' && parts.length > 0 && parts[parts.length - 1] === '**') continue;
    // An exclude pattern is matched against paths, where 'x/..' is
    // nothing (minimatch's folding, which Node's exclude goes through).
    if (foldParent && part === '..' && parts.length > 0 &&
        parts[parts.length - 1] !== '**' && parts[parts.length - 1] !== '..') {
      parts.pop();
      continue;
    }
    parts.push(part);
  }
  const segments = [];
  for (const part of parts) segments.push(compileSegment(part));
  return { absolute, segments, dirOnly, dotStart };
}

// Whether a name matches a (non-globstar) segment.
function segmentMatches(seg, name) {
  if (seg === undefined || seg.globstar) return false;
  if (seg.literal !== undefined) return seg.literal === name;
  return ReflectApply(RegExpPrototypeTest, seg.regexp, [name]);
}

// ---- the walk ---------------------------------------------------------------------------
// Each yielded request is [op, path]: 'readdir' answers [names, types] (or
// null when unreadable), 'stat' and 'lstat' answer the binding's fields
// (or null when missing).

function* walkPattern(compiled, cwd, emit, pruned) {
  const { absolute, segments, dirOnly, dotStart } = compiled;
  const base = absolute ? '/' : cwd;
  const seen = new SafeSet();

  function* visit(dirAbs, rel, index, isDir) {
    const key = `${index}\u0000${rel}`;
    if (seen.has(key)) return;
    seen.add(key);
    // An excluded directory is not entered, as in Node.
    if (pruned !== null && rel !== '' && pruned(rel)) return;
    if (index === segments.length) {
      if (!dirOnly || isDir) yield* emit(rel, dirAbs);
      return;
    }
    const seg = segments[index];
    const join = (name) => (rel === '' ? name : rel === '/' ? `/${name}` : `${rel}/${name}`);
    if (seg.literal !== undefined) {
      const childAbs = lazyPath().join(dirAbs, seg.literal);
      const childRel = lazyPath().normalize(join(seg.literal));
      if (index === segments.length - 1) {
        const s = yield ['lstat', childAbs];
        if (s === null) return;
        let childIsDir = isFileType(s, S_IFDIR);
        if (!childIsDir && dirOnly) {
          const st = yield ['stat', childAbs];
          childIsDir = st !== null && isFileType(st, S_IFDIR);
        }
        yield* visit(childAbs, childRel, index + 1, childIsDir);
        return;
      }
      const st = yield ['stat', childAbs];
      if (st !== null && isFileType(st, S_IFDIR)) yield* visit(childAbs, childRel, index + 1, true);
      return;
    }
    if (!isDir) return;
    const listing = yield ['readdir', dirAbs];
    if (listing === null) return;
    const [names, types] = listing;
    if (seg.globstar) {
      // Zero directories...
      yield* visit(dirAbs, rel, index + 1, true);
      // ...or one more (a real directory, not a link to one).
      for (let i = 0; i < names.length; i++) {
        const name = names[i];
        if (name[0] === '.') continue;
        let type = types[i];
        const childAbs = lazyPath().join(dirAbs, name);
        if (type === UV_DIRENT_UNKNOWN) {
          const s = yield ['lstat', childAbs];
          type = s === null ? UV_DIRENT_FILE : isFileType(s, S_IFDIR) ? UV_DIRENT_DIR :
            isFileType(s, S_IFLNK) ? UV_DIRENT_LINK : UV_DIRENT_FILE;
        }
        if (type === UV_DIRENT_DIR) {
          yield* visit(childAbs, join(name), index, true);
          continue;
        }
        if (index === segments.length - 1 && !dirOnly) yield* emit(join(name), childAbs);
        // Node's walk enters a link once, for the segment after the **
        // only (the ** itself does not go on inside it): when the link's
        // name matches that segment, whose pattern then applies to the
        // link's entries too, or always when the pattern starts with './'.
        if (type === UV_DIRENT_LINK && (dotStart || segmentMatches(segments[index + 1], name))) {
          const st = yield ['stat', childAbs];
          if (st !== null) yield* visit(childAbs, join(name), index + 1, isFileType(st, S_IFDIR));
        }
      }
      return;
    }
    for (let i = 0; i < names.length; i++) {
      yield* matchEntry(names[i], types[i], lazyPath().join(dirAbs, names[i]), join(names[i]), index);
    }
  }

  // One directory entry against the wildcard segment at index.
  function* matchEntry(name, type, childAbs, childRel, index) {
    const seg = segments[index];
    if (seg.regexp === undefined || !ReflectApply(RegExpPrototypeTest, seg.regexp, [name])) return;
    let isDir = type === UV_DIRENT_DIR;
    if (type === UV_DIRENT_UNKNOWN) {
      const s = yield ['lstat', childAbs];
      isDir = s !== null && isFileType(s, S_IFDIR);
    }
    yield* visit(childAbs, childRel, index + 1, isDir);
  }

  const start = absolute ? '/' : '';
  yield* visit(base, start, 0, true);
}

// ---- options and drivers -----------------------------------------------------------------

function prepare(patterns, options) {
  if (!ArrayIsArray(patterns)) patterns = [patterns];
  for (let i = 0; i < patterns.length; i++) validateString(patterns[i], 'patterns');
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const cwd = lazyPath().resolve(toPathIfFileURL(options.cwd ?? process.cwd()));
  const exclude = options.exclude;
  let excludeFn = null;
  let pruned = null;
  if (typeof exclude === 'function') {
    excludeFn = exclude;
  } else if (ArrayIsArray(exclude)) {
    const compiled = [];
    for (const p of exclude) {
      validateString(p, 'options.exclude');
      for (const e of expandBraces(p)) compiled.push(compilePattern(e, true));
    }
    excludeFn = (path) => compiled.some((c) => matchesCompiled(c, path));
    pruned = excludeFn;
  } else if (exclude !== undefined) {
    throw new ERR_INVALID_ARG_TYPE('options.exclude', ['function', 'string[]'], exclude);
  }
  const list = [];
  for (const p of patterns) for (const e of expandBraces(p)) list.push(compilePattern(e));
  // Dirents name their directory from cwd as given ('.' by default).
  const root = options.cwd === undefined ? '.' : toPathIfFileURL(options.cwd);
  return { list, cwd, root, excludeFn, pruned, withFileTypes: Boolean(options.withFileTypes) };
}

// Whether a relative result path matches a compiled (exclude) pattern.
function matchesCompiled(compiled, path) {
  const parts = path.split('/').filter((x) => x !== '' && x !== '.');
  const segs = compiled.segments;
  function match(pi, si) {
    if (si === segs.length) return pi === parts.length;
    const seg = segs[si];
    if (seg.globstar) {
      if (match(pi, si + 1)) return true;
      return pi < parts.length && parts[pi][0] !== '.' && match(pi + 1, si);
    }
    if (pi === parts.length) return false;
    const ok = seg.literal !== undefined ? seg.literal === parts[pi]
      : ReflectApply(RegExpPrototypeTest, seg.regexp, [parts[pi]]);
    return ok && match(pi + 1, si + 1);
  }
  return match(0, 0);
}

// All matches as a generator of requests; `found` receives each result.
function* run(prepared, found) {
  const { list, cwd, root, excludeFn, pruned, withFileTypes } = prepared;
  const results = new SafeSet();
  function* emit(rel, abs) {
    const path = rel === '' ? '.' : rel;
    if (results.has(path)) return;
    results.add(path);
    let entry = path;
    if (withFileTypes) {
      const s = yield ['lstat', abs];
      if (s === null) return;
      const dir = lazyPath().dirname(path);
      const parent = path[0] === '/' ? dir : lazyPath().join(root, dir);
      entry = new DirentFromStats(lazyPath().basename(path), getStatsFromBinding(s), parent);
    }
    // A function sees what would be returned; patterns see the path.
    if (pruned !== null ? pruned(path) : excludeFn !== null && excludeFn(withFileTypes ? entry : path)) return;
    found(entry);
  }
  for (const compiled of list) yield* walkPattern(compiled, cwd, emit, pruned);
}

function answerSync(op, path) {
  try {
    if (op === 'readdir') return entriesFromBinding(binding.readdir(path, true, false, undefined));
    return op === 'stat' ? binding.stat(path, false, undefined) : binding.lstat(path, false, undefined);
  } catch {
    return null;
  }
}

function answerAsync(op, path) {
  return new PromiseCtor((resolve) => {
    const req = {
      oncomplete: (err, value) => resolve(err ? null : op === 'readdir' ? entriesFromBinding(value) : value),
    };
    let ret;
    if (op === 'readdir') ret = binding.readdir(path, true, false, req);
    else if (op === 'stat') ret = binding.stat(path, false, req);
    else ret = binding.lstat(path, false, req);
    if (ret !== undefined) resolve(null);
  });
}

function globSync(patterns, options) {
  const out = [];
  const gen = run(prepare(patterns, options), (entry) => out.push(entry));
  let step = gen.next();
  while (!step.done) step = gen.next(answerSync(step.value[0], step.value[1]));
  return out;
}

async function glob(patterns, options) {
  const out = [];
  const gen = run(prepare(patterns, options), (entry) => out.push(entry));
  let step = gen.next();
  while (!step.done) step = gen.next(await answerAsync(step.value[0], step.value[1]));
  return out;
}

// promises.glob: results as they are found.
async function* globIterator(patterns, options) {
  const pending = [];
  const gen = run(prepare(patterns, options), (entry) => pending.push(entry));
  let step = gen.next();
  while (!step.done) {
    const answer = await answerAsync(step.value[0], step.value[1]);
    while (pending.length > 0) yield pending.shift();
    step = gen.next(answer);
  }
  while (pending.length > 0) yield pending.shift();
}

module.exports = {
  glob,
  globSync,
  globIterator,
};
