'use strict';
// path.matchesGlob(path, pattern): does a path match a shell pattern.
//
// Node answers with the minimatch it bundles, created with the options
// nocomment, nonegate, windowsPathsNoEscape, optimizationLevel 2, nocase
// off (Linux) and platform 'win32' or 'posix'. Its answers are the
// contract, quirks included, so this file goes through the same steps:
//
//   1. every '\' in the pattern becomes '/' (windowsPathsNoEscape: there is
//      no escape character, on posix too);
//   2. braces expand ({a,b}, {1..9..2}, {01..10}, {a..e}, nesting, the
//      literal cases) into a set of patterns, duplicates dropped;
//   3. each pattern splits at runs of '/' into parts, which are simplified
//      ('a/../b' is 'b', './' and empty parts go, '**/..' is split in two)
//      and the set deduplicated ('*' absorbs a literal in the same place);
//   4. each part compiles: '**' is the globstar, a part without magic is a
//      literal string, anything else a RegExp. Extglobs (@ ! ? * +) nest
//      three deep at most; a '!(...)' also refuses what follows it in the
//      part; a part starting with a wildcard does not match a leading dot;
//   5. the path splits the same way ('\' is a separator too on win32), its
//      '.', empty and 'x/..' parts go, and it matches when one pattern of
//      the set matches: part by part, with '**' standing for any number of
//      parts not starting with a dot.
//
// Compiled patterns are cached (Node keeps the last 100 too).

const { validateString } = require('internal/validators');

const MathAbs = Math.abs;
const MathMax = Math.max;
const NumberParseInt = Number.parseInt;
const RegExpCtor = RegExp;
const RegExpPrototypeTest = RegExp.prototype.test;
const ReflectApply = Reflect.apply;
const SafeMap = Map;
const SafeSet = Set;
const StringFromCharCode = String.fromCharCode;
const StringPrototypeReplace = String.prototype.replace;
const StringPrototypeSplit = String.prototype.split;

function test(re, s) {
  return ReflectApply(RegExpPrototypeTest, re, [s]);
}

function replace(s, re, to) {
  return ReflectApply(StringPrototypeReplace, s, [re, to]);
}

const kGlobstar = Symbol('globstar');
const kMaxPatternLength = 64 * 1024;
// Brace expansion stops at this many results, or this many characters.
const kExpansionMax = 100000;
const kExpansionMaxLength = 4000000;
const kCacheLimit = 100;
// A '**' match gives up (no match) past this many nested body sections.
const kMaxGlobstarDepth = 200;

// ---- brace expansion ------------------------------------------------------------------
// Once step 1 has run the pattern holds no '\', so a backslash marks the
// braces that must stay literal: '\o' is '{', '\c' is '}'.

const kOpenMark = '\\o';
const kCloseMark = '\\c';

// The braces to expand first: the first '{' with the '}' that balances it;
// when that '{' is never closed, the leftmost pair that is. [open, close] or null.
function braceRange(s) {
  const first = s.indexOf('{');
  if (first === -1 || s.indexOf('}', first + 1) === -1) return null;
  const opens = [];
  let best = null;
  for (let i = first; i < s.length; i++) {
    const c = s[i];
    if (c === '{') {
      opens.push(i);
    } else if (c === '}') {
      if (opens.length === 1) return [opens[0], i];
      const open = opens.pop();
      if (best === null || open < best[0]) best = [open, i];
    }
  }
  return best;
}

// The comma-separated alternatives of a brace body; commas inside nested
// braces do not separate.
function commaParts(body) {
  if (body.length === 0) return [''];
  const r = braceRange(body);
  if (r === null) return ReflectApply(StringPrototypeSplit, body, [',']);
  const head = ReflectApply(StringPrototypeSplit, body.slice(0, r[0]), [',']);
  const post = body.slice(r[1] + 1);
  head[head.length - 1] += body.slice(r[0], r[1] + 1);
  if (post.length > 0) {
    const rest = commaParts(post);
    head[head.length - 1] += rest[0];
    for (let i = 1; i < rest.length; i++) head.push(rest[i]);
  }
  return head;
}

// Every prefix in acc followed by `middle` and one of `values`, within the limits.
function cross(acc, middle, values, dropEmpty) {
  const out = [];
  let length = 0;
  for (let a = 0; a < acc.length; a++) {
    for (let v = 0; v < values.length; v++) {
      if (out.length >= kExpansionMax) return out;
      const s = acc[a] + middle + values[v];
      if (dropEmpty && s.length === 0) continue;
      if (length + s.length > kExpansionMaxLength) return out;
      out.push(s);
      length += s.length;
    }
  }
  return out;
}

const kNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/;
const kAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/;
const kPadded = /^-?0\d/;
// A comma later followed by a '}': the '}' that closed a body without
// alternatives may belong to an enclosing set ('{a{b}c,d}').
const kLaterSet = /,(?!,).*\}/;

function sequenceBound(s) {
  const n = +s;
  return n === n ? NumberParseInt(s, 10) : s.charCodeAt(0);
}

// {x..y} and {x..y..step}: numbers (zero-padded when a bound is) or letters.
function sequence(body, alpha) {
  const bounds = ReflectApply(StringPrototypeSplit, body, ['..']);
  const from = sequenceBound(bounds[0]);
  const to = sequenceBound(bounds[1]);
  const width = MathMax(bounds[0].length, bounds[1].length);
  let step = bounds.length === 3 ? MathMax(MathAbs(sequenceBound(bounds[2])), 1) : 1;
  const down = to < from;
  if (down) step = -step;
  const pad = test(kPadded, bounds[0]) || test(kPadded, bounds[1]) ||
    (bounds.length === 3 && test(kPadded, bounds[2]));
  const out = [];
  let length = 0;
  for (let i = from; (down ? i >= to : i <= to) && out.length < kExpansionMax; i += step) {
    let s;
    if (alpha) {
      s = StringFromCharCode(i);
      if (s === '\\') s = '';
    } else {
      s = `${i}`;
      if (pad && s.length < width) {
        const zeros = '0'.repeat(width - s.length);
        s = i < 0 ? `-${zeros}${s.slice(1)}` : zeros + s;
      }
    }
    if (length + s.length > kExpansionMaxLength) break;
    out.push(s);
    length += s.length;
  }
  return out;
}

// The expansion of s, left to right one brace set at a time. At the top
// level, empty results of a set ('{a,}') are dropped when nothing else is
// around them.
function expandFrom(s, top) {
  let acc = [''];
  let dropEmpty = false;
  let firstSet = true;
  for (;;) {
    const r = braceRange(s);
    if (r === null) return cross(acc, s, [''], dropEmpty);
    const pre = s.slice(0, r[0]);
    const body = s.slice(r[0] + 1, r[1]);
    const post = s.slice(r[1] + 1);
    const last = post.length === 0;
    if (pre.length > 0 && pre[pre.length - 1] === '$') {
      // '${...}' is left alone.
      acc = cross(acc, `${pre}{${body}}`, [''], dropEmpty && last);
      firstSet = false;
      if (last) break;
      s = post;
      continue;
    }
    const alpha = test(kAlphaSequence, body);
    const isSequence = alpha || test(kNumericSequence, body);
    if (!isSequence && body.indexOf(',') === -1) {
      if (test(kLaterSet, post)) {
        s = `${pre}{${body}${kCloseMark}${post}`;
        top = true;
        continue;
      }
      return cross(acc, `${pre}{${body}}${post}`, [''], dropEmpty);
    }
    if (firstSet) {
      dropEmpty = top && !isSequence;
      firstSet = false;
    }
    let values;
    if (isSequence) {
      values = sequence(body, alpha);
    } else {
      let alternatives = commaParts(body);
      if (alternatives.length === 1) {
        // '{{a,b}}': the inner set expands, the outer braces stay.
        alternatives = expandFrom(alternatives[0], false);
        for (let i = 0; i < alternatives.length; i++) alternatives[i] = `{${alternatives[i]}}`;
        if (alternatives.length === 1) {
          acc = cross(acc, pre + alternatives[0], [''], dropEmpty && last);
          if (last) break;
          s = post;
          continue;
        }
      }
      let dropHere = dropEmpty && last && pre.length === 0;
      for (let i = 0; dropHere && i < acc.length; i++) {
        if (acc[i].length > 0) dropHere = false;
      }
      values = [];
      let length = 0;
      outer: for (let j = 0; j < alternatives.length; j++) {
        const expanded = expandFrom(alternatives[j], false);
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropHere && v.length === 0) continue;
          if (values.length >= kExpansionMax || length + v.length > kExpansionMaxLength) break outer;
          values.push(v);
          length += v.length;
        }
      }
    }
    acc = cross(acc, pre, values, dropEmpty && last);
    if (last) break;
    s = post;
  }
  return acc;
}

const kMarks = /\\([oc])/g;
const kHasSet = /\{(?:(?!\{).)*\}/;

function expandBraces(pattern) {
  if (!test(kHasSet, pattern)) return [pattern];
  // A leading '{}' is literal.
  const s = pattern[0] === '{' && pattern[1] === '}' ?
    kOpenMark + kCloseMark + pattern.slice(2) : pattern;
  const out = expandFrom(s, true);
  for (let i = 0; i < out.length; i++) {
    out[i] = replace(out[i], kMarks, (m, c) => (c === 'o' ? '{' : '}'));
  }
  return out;
}

// ---- simplifying the pattern's parts ----------------------------------------------------

// 'x/..' with x an ordinary part goes away (a '.' stays in its place
// when the pattern would otherwise start with '**').
function dropParentSteps(parts) {
  let changed = false;
  for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
    const p = parts[dd - 1];
    if (p && p !== '.' && p !== '..' && p !== '**') {
      changed = true;
      if (dd === 1 && parts[dd + 1] === '**') parts.splice(dd - 1, 2, '.');
      else parts.splice(dd - 1, 2);
      if (parts.length === 0) parts.push('');
      dd -= 2;
    }
  }
  return changed;
}

// Inner '.' and '' parts go (not the '' of a leading '//'); './.' and './'
// become '.'.
function dropEmptySteps(parts) {
  let changed = false;
  for (let i = 1; i < parts.length - 1; i++) {
    const p = parts[i];
    if (i === 1 && p === '' && parts[0] === '') continue;
    if (p === '.' || p === '') {
      changed = true;
      parts.splice(i, 1);
      i--;
    }
  }
  if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
    changed = true;
    parts.pop();
  }
  return changed;
}

function simplifyEach(set) {
  let changed;
  do {
    changed = false;
    for (let s = 0; s < set.length; s++) {
      const parts = set[s];
      for (let gs = parts.indexOf('**'); gs !== -1; gs = parts.indexOf('**', gs + 1)) {
        let end = gs;
        while (parts[end + 1] === '**') end++;
        if (end > gs) parts.splice(gs + 1, end - gs);
        // '**/../a/b' stands for both '../a/b' and '**/a/b'.
        const p = parts[gs + 2];
        const p2 = parts[gs + 3];
        if (parts[gs + 1] !== '..' || !p || p === '.' || p === '..' || !p2 || p2 === '.' || p2 === '..') {
          continue;
        }
        changed = true;
        parts.splice(gs, 1);
        const other = parts.slice();
        other[gs] = '**';
        set.push(other);
        gs--;
      }
      if (dropEmptySteps(parts)) changed = true;
      if (dropParentSteps(parts)) changed = true;
    }
  } while (changed);
  return set;
}

// Two patterns that differ where one has '*' and the other an ordinary
// name (or where one has an extra '**') merge into the wider one; false
// when they do not.
function mergeParts(a, b) {
  let ai = 0;
  let bi = 0;
  const out = [];
  let wider = '';
  while (ai < a.length && bi < b.length) {
    if (a[ai] === b[bi]) {
      out.push(a[ai]);
      ai++;
      bi++;
    } else if (a[ai] === '**' && b[bi] === a[ai + 1]) {
      out.push(a[ai]);
      ai++;
    } else if (b[bi] === '**' && a[ai] === b[bi + 1]) {
      out.push(b[bi]);
      bi++;
    } else if (a[ai] === '*' && b[bi] && b[bi][0] !== '.' && b[bi] !== '**') {
      if (wider === 'b') return false;
      wider = 'a';
      out.push(a[ai]);
      ai++;
      bi++;
    } else if (b[bi] === '*' && a[ai] && a[ai][0] !== '.' && a[ai] !== '**') {
      if (wider === 'a') return false;
      wider = 'b';
      out.push(b[bi]);
      ai++;
      bi++;
    } else {
      return false;
    }
  }
  return a.length === b.length && out;
}

function mergeSet(set) {
  for (let i = 0; i < set.length - 1; i++) {
    for (let j = i + 1; j < set.length; j++) {
      const merged = mergeParts(set[i], set[j]);
      if (merged) {
        set[i] = [];
        set[j] = merged;
        break;
      }
    }
  }
  return set.filter((parts) => parts.length > 0);
}

function splitSlashes(s, windows) {
  const parts = ReflectApply(StringPrototypeSplit, s, [/\/+/]);
  // A win32 UNC root ('//server') keeps both of its slashes.
  if (windows && s[0] === '/' && s[1] === '/' && s.length > 2 && s[2] !== '/') parts.unshift('');
  return parts;
}

// ---- one part: literal, RegExp, or globstar -------------------------------------------
// A part parses into a tree: a plain node (type null) holds strings and
// extglob nodes; an extglob node (type '!', '?', '+', '*' or '@') holds one
// plain node per alternative.

const kExtTypes = '!?+*@';
const kQmark = '[^/]';
const kStar = '[^/]*?';
const kStarNonEmpty = '[^/]+?';
const kNoDot = '(?!\\.)';
const kNoDotDir = '(?!(?:^|/)\\.\\.?(?:$|/))';
// A part whose source starts with one of these gets a guard against a leading dot.
function isStartSpecial(c) {
  return c === '[' || c === '.';
}
const kRegExpSpecial = /[-[\]{}()*+?.,\\^$|#\s]/g;

function escapeRegExp(s) {
  return replace(s, kRegExpSpecial, '\\$&');
}

// Which nested extglobs an extglob absorbs (its alternative is just that
// extglob): `*(@(a|b))` is `*(a|b)`.
const kAbsorbs = { '!': '@', '?': '?@', '@': '@', '*': '*+?@', '+': '+@' };
// ...absorbs after adding an empty alternative: `@(?(a))` is `@(a|)`.
const kAbsorbsWithEmpty = { '!': '?', '@': '?', '+': '?*' };
// ...nests at no depth cost.
const kAbsorbsAny = { '!': '?@', '?': '?@', '@': '?@', '*': '*+?@', '+': '+@?*' };
// An extglob whose only alternative is one extglob becomes one extglob of
// this type: `!(!(a))` is `@(a)`.
const kCollapse = {
  '!': { '!': '@' },
  '?': { '*': '*', '+': '*' },
  '@': { '!': '!', '?': '?', '@': '@', '*': '*', '+': '+' },
  '+': { '?': '*', '*': '*' },
};

function has(table, type, child) {
  const s = table[type];
  return s !== undefined && s.indexOf(child) !== -1;
}

class GlobNode {
  constructor(type, parent) {
    this.type = type;
    this.magic = type !== null ? true : undefined;
    this.uflag = false;
    this.parts = [];
    this.parent = parent;
    this.root = parent === null ? this : parent.root;
    this.negs = parent === null ? [] : null;
    this.negsFilled = false;
    this.emptyExt = false;
    if (type === '!' && !this.root.negsFilled) this.root.negs.push(this);
    this.index = parent === null ? 0 : parent.parts.length;
  }

  push(p) {
    if (p !== '') this.parts.push(p);
  }

  toString() {
    let s = '';
    if (this.type === null) {
      for (const p of this.parts) s += `${p}`;
      return s;
    }
    for (let i = 0; i < this.parts.length; i++) s += (i === 0 ? '' : '|') + this.parts[i];
    return `${this.type}(${s})`;
  }

  // Nothing but negations before this node, all the way up.
  isStart() {
    if (this.root === this) return true;
    if (!this.parent.isStart()) return false;
    if (this.index === 0) return true;
    for (let i = 0; i < this.index; i++) {
      const p = this.parent.parts[i];
      if (typeof p === 'string' || p.type !== '!') return false;
    }
    return true;
  }

  isEnd() {
    if (this.root === this) return true;
    if (this.parent.type === '!') return true;
    if (!this.parent.isEnd()) return false;
    if (this.type === null) return true;
    return this.index === this.parent.parts.length - 1;
  }

  copyIn(p) {
    this.push(typeof p === 'string' ? p : p.clone(this));
  }

  clone(parent) {
    const c = new GlobNode(this.type, parent);
    for (const p of this.parts) c.copyIn(p);
    return c;
  }

  absorb(child, i) {
    const inner = child.parts[0];
    this.parts.splice(i, 1, ...inner.parts);
    for (const p of inner.parts) if (typeof p !== 'string') p.parent = this;
  }

  // Rewrites nested extglobs into simpler equivalent ones (see kAbsorbs).
  flatten() {
    if (this.type === null) {
      for (const p of this.parts) if (typeof p !== 'string') p.flatten();
      return;
    }
    let rounds = 0;
    let done;
    do {
      done = true;
      for (let i = 0; i < this.parts.length; i++) {
        const c = this.parts[i];
        if (typeof c === 'string') continue;
        c.flatten();
        const only = c.type === null && c.parts.length === 1 && typeof c.parts[0] !== 'string' &&
          c.parts[0].type !== null ? c.parts[0] : null;
        if (only === null) continue;
        if (has(kAbsorbs, this.type, only.type)) {
          done = false;
          this.absorb(c, i);
        } else if (has(kAbsorbsWithEmpty, this.type, only.type)) {
          done = false;
          const blank = new GlobNode(null, only);
          blank.parts.push('');
          only.push(blank);
          this.absorb(c, i);
        } else if (this.parts.length === 1 && kCollapse[this.type] !== undefined &&
                   kCollapse[this.type][only.type] !== undefined) {
          done = false;
          this.type = kCollapse[this.type][only.type];
          this.parts = only.parts;
          for (const p of this.parts) if (typeof p !== 'string') p.parent = this;
          this.emptyExt = false;
        }
      }
    } while (!done && ++rounds < 10);
  }

  // A negation refuses its alternatives followed by the rest of the part,
  // so the rest is appended to each alternative.
  fillNegs() {
    this.negsFilled = true;
    let n;
    while ((n = this.negs.pop()) !== undefined) {
      if (n.type !== '!') continue;
      let p = n;
      let pp = p.parent;
      while (pp !== null) {
        for (let i = p.index + 1; pp.type === null && i < pp.parts.length; i++) {
          for (const alt of n.parts) alt.copyIn(pp.parts[i]);
        }
        p = pp;
        pp = p.parent;
      }
    }
  }

  altsSource(dot) {
    const keepEmpty = !(this.isStart() && this.isEnd());
    let s = '';
    let first = true;
    for (const p of this.parts) {
      const r = p.source(dot);
      this.uflag = this.uflag || r[3];
      if (!keepEmpty && r[0].length === 0) continue;
      s += (first ? '' : '|') + r[0];
      first = false;
    }
    return s;
  }

  // [regexp source, literal text, has magic, needs the u flag]
  source(allowDot) {
    const dot = allowDot === undefined ? false : allowDot;
    if (this.root === this) {
      this.flatten();
      this.fillNegs();
    }
    if (this.type === null) {
      let nonString = false;
      for (const p of this.parts) if (typeof p !== 'string') nonString = true;
      const noEmpty = this.isStart() && this.isEnd() && !nonString;
      let src = '';
      for (const p of this.parts) {
        const r = typeof p === 'string' ? globSource(p, this.magic, noEmpty) : p.source(allowDot);
        this.magic = this.magic || r[2];
        this.uflag = this.uflag || r[3];
        src += r[0];
      }
      let start = '';
      if (this.isStart() && typeof this.parts[0] === 'string' &&
          !(this.parts.length === 1 && (this.parts[0] === '.' || this.parts[0] === '..'))) {
        const noDotDir = (dot && isStartSpecial(src[0])) ||
          (src.startsWith('\\.') && isStartSpecial(src[2])) ||
          (src.startsWith('\\.\\.') && isStartSpecial(src[4]));
        if (noDotDir) start = kNoDotDir;
        else if (!dot && !allowDot && isStartSpecial(src[0])) start = kNoDot;
      }
      const end = this.isEnd() && this.root.negsFilled && this.parent !== null &&
        this.parent.type === '!' ? '(?:$|\\/)' : '';
      this.magic = !!this.magic;
      return [start + src + end, unescapeGlob(src), this.magic, this.uflag];
    }

    const repeated = this.type === '*' || this.type === '+';
    let body = this.altsSource(dot);
    if (this.isStart() && this.isEnd() && body.length === 0 && this.type !== '!') {
      // A whole part like '@()' is literal text, from now on.
      const s = this.toString();
      this.parts = [s];
      this.type = null;
      this.magic = undefined;
      return [s, unescapeGlob(s), false, false];
    }
    // '*(a|.b)' repeated: only the first repetition may not start with a dot.
    let dotBody = !repeated || allowDot || dot ? '' : this.altsSource(true);
    if (dotBody === body) dotBody = '';
    if (dotBody.length > 0) body = `(?:${body})(?:${dotBody})*?`;
    let out;
    if (this.type === '!' && this.emptyExt) {
      out = (this.isStart() && !dot ? kNoDot : '') + kStarNonEmpty;
    } else if (this.type === '!') {
      out = `(?:(?!(?:${body}))${this.isStart() && !dot && !allowDot ? kNoDot : ''}${kStar})`;
    } else {
      let close;
      if (this.type === '@') close = ')';
      else if (this.type === '?') close = ')?';
      else if (dotBody.length > 0) close = this.type === '+' ? ')' : ')?';
      else close = `)${this.type}`;
      out = `(?:${body}${close}`;
    }
    this.magic = !!this.magic;
    return [out, unescapeGlob(body), this.magic, this.uflag];
  }
}

// A part's text parsed into node from pos; returns where parsing stopped.
// Inside '[...]' nothing is an extglob. An extglob without its ')' is text.
function parseInto(str, node, pos, depth) {
  let inClass = false;
  let classStart = -1;
  let classNeg = false;
  let acc = '';
  let i;
  // Returns true when c was taken as part of a bracket expression.
  const bracket = (c) => {
    if (inClass) {
      if (i === classStart + 1) {
        if (c === '^' || c === '!') classNeg = true;
      } else if (c === ']' && !(i === classStart + 2 && classNeg)) {
        inClass = false;
      }
      acc += c;
      return true;
    }
    if (c === '[') {
      inClass = true;
      classStart = i;
      classNeg = false;
      acc += c;
      return true;
    }
    return false;
  };
  if (node.type === null) {
    i = pos;
    while (i < str.length) {
      const c = str[i++];
      if (bracket(c)) continue;
      if (kExtTypes.includes(c) && str[i] === '(' && depth <= 2) {
        node.push(acc);
        acc = '';
        const ext = new GlobNode(c, node);
        i = parseInto(str, ext, i, depth + 1);
        node.push(ext);
        continue;
      }
      acc += c;
    }
    node.push(acc);
    return i;
  }
  i = pos + 1;
  let alt = new GlobNode(null, node);
  const alts = [];
  while (i < str.length) {
    const c = str[i++];
    if (bracket(c)) continue;
    if (kExtTypes.includes(c) && str[i] === '(') {
      const free = has(kAbsorbsAny, node.type, c);
      if (depth <= 2 || free) {
        alt.push(acc);
        acc = '';
        const ext = new GlobNode(c, alt);
        alt.push(ext);
        i = parseInto(str, ext, i, depth + (free ? 0 : 1));
        continue;
      }
    }
    if (c === '|') {
      alt.push(acc);
      acc = '';
      alts.push(alt);
      alt = new GlobNode(null, node);
      continue;
    }
    if (c === ')') {
      if (acc === '' && node.parts.length === 0) node.emptyExt = true;
      alt.push(acc);
      for (const a of alts) node.push(a);
      node.push(alt);
      return i;
    }
    acc += c;
  }
  node.type = null;
  node.magic = undefined;
  node.parts = [str.slice(pos - 1)];
  return i;
}

// POSIX classes inside brackets, as Unicode properties.
const kPosixClasses = [
  ['[:alnum:]', '\\p{L}\\p{Nl}\\p{Nd}', true, false],
  ['[:alpha:]', '\\p{L}\\p{Nl}', true, false],
  ['[:ascii:]', '\\x00-\\x7f', false, false],
  ['[:blank:]', '\\p{Zs}\\t', true, false],
  ['[:cntrl:]', '\\p{Cc}', true, false],
  ['[:digit:]', '\\p{Nd}', true, false],
  ['[:graph:]', '\\p{Z}\\p{C}', true, true],
  ['[:lower:]', '\\p{Ll}', true, false],
  ['[:print:]', '\\p{C}', true, false],
  ['[:punct:]', '\\p{P}', true, false],
  ['[:space:]', '\\p{Z}\\t\\r\\n\\v\\f', true, false],
  ['[:upper:]', '\\p{Lu}', true, false],
  ['[:word:]', '\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}', true, false],
  ['[:xdigit:]', 'A-Fa-f0-9', false, false],
];

const kClassSpecial = /[[\]\\-]/g;

function escapeClass(s) {
  return replace(s, kClassSpecial, '\\$&');
}

// The bracket expression at glob[pos] ('['): [source, needs u, characters
// used (0: not a bracket expression, '[' is literal), has magic]. A class
// that can match nothing makes the whole part match nothing.
function bracketSource(glob, pos) {
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawFirst = false;
  let uflag = false;
  let negate = false;
  let end = -1;
  let rangeStart = '';
  scan: while (i < glob.length) {
    const c = glob[i];
    if ((c === '!' || c === '^') && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === ']' && sawFirst) {
      end = i + 1;
      break;
    }
    sawFirst = true;
    if (c === '[') {
      for (const [name, src, u, negated] of kPosixClasses) {
        if (!glob.startsWith(name, i)) continue;
        if (rangeStart !== '') return ['$.', false, glob.length - pos, true];
        i += name.length;
        if (negated) negs.push(src);
        else ranges.push(src);
        uflag = uflag || u;
        continue scan;
      }
    }
    if (rangeStart !== '') {
      // An inverted range is dropped; the rest of the class still counts.
      if (c > rangeStart) ranges.push(`${escapeClass(rangeStart)}-${escapeClass(c)}`);
      else if (c === rangeStart) ranges.push(escapeClass(c));
      rangeStart = '';
      i++;
      continue;
    }
    if (glob.startsWith('-]', i + 1)) {
      ranges.push(escapeClass(`${c}-`));
      i += 2;
      continue;
    }
    if (glob[i + 1] === '-') {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(escapeClass(c));
    i++;
  }
  if (end === -1) return ['', false, 0, false];
  if (ranges.length === 0 && negs.length === 0) return ['$.', false, glob.length - pos, true];
  // '[x]' is just x.
  if (negs.length === 0 && ranges.length === 1 && !negate && test(/^\\?.$/, ranges[0])) {
    const r = ranges[0].length === 2 ? ranges[0][1] : ranges[0];
    return [escapeRegExp(r), false, end - pos, false];
  }
  const pos1 = `[${negate ? '^' : ''}${ranges.join('')}]`;
  const neg1 = `[${negate ? '' : '^'}${negs.join('')}]`;
  let src;
  if (ranges.length > 0 && negs.length > 0) src = `(${pos1}|${neg1})`;
  else src = ranges.length > 0 ? pos1 : neg1;
  return [src, uflag, end - pos, true];
}

// A run of plain glob text: [source, literal, has magic, needs u].
function globSource(glob, magic, noEmpty) {
  let src = '';
  let uflag = false;
  let inStar = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (inStar) continue;
      inStar = true;
      src += noEmpty && test(/^\*+$/, glob) ? kStarNonEmpty : kStar;
      magic = true;
      continue;
    }
    inStar = false;
    if (c === '[') {
      const r = bracketSource(glob, i);
      if (r[2] > 0) {
        src += r[0];
        uflag = uflag || r[1];
        i += r[2] - 1;
        magic = magic || r[3];
        continue;
      }
    }
    if (c === '?') {
      src += kQmark;
      magic = true;
      continue;
    }
    src += escapeRegExp(c);
  }
  return [src, unescapeGlob(glob), !!magic, uflag];
}

const kBracketedChar = /((?!\\).|^)\[([^/\\])\]/g;
const kEscapedChar = /\\([^/])/g;

// The text a source without magic stands for: '[x]' and '\x' are x.
function unescapeGlob(s) {
  return replace(replace(s, kBracketedChar, '$1$2'), kEscapedChar, '$1');
}

function compilePart(part) {
  if (part === '**') return kGlobstar;
  if (part === '') return '';
  const root = new GlobNode(null, null);
  parseInto(part, root, 0, 0);
  const r = root.source(undefined);
  if (!r[2] && !root.magic) return r[1];
  return new RegExpCtor(`^${r[0]}$`, r[3] ? 'u' : '');
}

// ---- matching ----------------------------------------------------------------------------

const kDrive = /^[a-z]:$/i;

function isDrive(s) {
  return typeof s === 'string' && test(kDrive, s);
}

function compile(pattern, windows) {
  pattern = replace(pattern, /\\/g, '/');
  if (pattern.length === 0) return null;
  const expanded = [...new SafeSet(expandBraces(pattern))];
  let partsSet = [];
  for (const p of expanded) partsSet.push(splitSlashes(p, windows));
  partsSet = mergeSet(simplifyEach(partsSet));
  const set = [];
  for (let i = 0; i < partsSet.length; i++) {
    const parts = partsSet[i];
    const compiled = [];
    for (const part of parts) compiled.push(compilePart(part));
    // The '?' of a '//?/C:/' root is not a wildcard.
    if (windows && compiled[0] === '' && compiled[1] === '' && parts[2] === '?' &&
        isDrive(compiled[3])) {
      compiled[2] = '?';
    }
    set.push(compiled);
  }
  return set;
}

function isHidden(f) {
  return f === '.' || f === '..' || f[0] === '.';
}

// The path's '.', inner empty and 'x/..' parts go.
function simplifyPath(parts, windows) {
  let changed;
  do {
    changed = dropEmptySteps(parts);
    for (let dd = parts.indexOf('..', 1); dd !== -1; dd = parts.indexOf('..', dd + 1)) {
      const p = parts[dd - 1];
      if (p && p !== '.' && p !== '..' && p !== '**' && !(windows && test(kDrive, p))) {
        changed = true;
        parts.splice(dd - 1, 2);
        dd -= 2;
      }
    }
  } while (changed);
  if (parts.length === 0) parts.push('');
  return parts;
}

// file[fi..] against pattern[pi..], part for part, no globstars. A path
// with a trailing '/' also matches a pattern without one.
function matchParts(file, pattern, fi, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    if (p === kGlobstar) return false;
    if (typeof p === 'string' ? file[fi] !== p : !p.test(file[fi])) return false;
  }
  if (pi === pl) return fi === fl || (fi === fl - 1 && file[fi] === '');
  return false;
}

function matchGlobstar(file, pattern, fi, pi) {
  const firstGs = pattern.indexOf(kGlobstar, pi);
  const lastGs = pattern.lastIndexOf(kGlobstar);
  const head = pattern.slice(pi, firstGs);
  const middle = pattern.slice(firstGs + 1, lastGs);
  const tail = pattern.slice(lastGs + 1);
  if (head.length > 0) {
    if (!matchParts(file.slice(fi, fi + head.length), head, 0, 0)) return false;
    fi += head.length;
  }
  // The tail must match the end of the path (or, for a path with a
  // trailing '/', the end before it).
  let tailUsed = 0;
  if (tail.length > 0) {
    if (tail.length + fi > file.length) return false;
    let tailStart = file.length - tail.length;
    if (matchParts(file, tail, tailStart, 0)) {
      tailUsed = tail.length;
    } else {
      if (file[file.length - 1] !== '' || fi + tail.length === file.length) return false;
      tailStart--;
      if (!matchParts(file, tail, tailStart, 0)) return false;
      tailUsed = tail.length + 1;
    }
  }
  if (middle.length === 0) {
    // 'a/**' needs something after 'a'; nothing it covers may be hidden.
    let saw = tailUsed > 0;
    for (let i = fi; i < file.length - tailUsed; i++) {
      saw = true;
      if (isHidden(`${file[i]}`)) return false;
    }
    return saw;
  }
  // The middle is sections separated by globstars; each is found in order,
  // no later than the room the following ones need.
  const sections = [[]];
  for (const p of middle) {
    if (p === kGlobstar) sections.push([]);
    else sections[sections.length - 1].push(p);
  }
  // Node's minimatch reserves for section k the parts of the first
  // (count - 1 - k) sections, not of the ones after k; kept, since it
  // decides which deep matches are found.
  const before = [];
  let sum = 0;
  for (let s = 0; s < sections.length; s++) {
    before.push(sum);
    sum += sections[s].length;
  }
  const limits = [];
  const end = file.length - tailUsed;
  for (let s = 0; s < sections.length; s++) {
    limits.push(end - (before[sections.length - 1 - s] + sections[s].length));
  }
  return !!matchSections(file, sections, limits, fi, 0, 0, tailUsed > 0);
}

// false: no match here; null: no match and no point moving on.
function matchSections(file, sections, limits, fi, si, depth, sawTail) {
  if (si === sections.length) {
    for (let i = fi; i < file.length; i++) {
      sawTail = true;
      if (isHidden(file[i])) return false;
    }
    return sawTail;
  }
  const section = sections[si];
  for (; fi <= limits[si]; fi++) {
    if (matchParts(file.slice(0, fi + section.length), section, fi, 0) && depth < kMaxGlobstarDepth) {
      const rest = matchSections(file, sections, limits, fi + section.length, si + 1, depth + 1, sawTail);
      if (rest !== false) return rest;
    }
    if (isHidden(file[fi])) return false;
  }
  return null;
}

function matchOne(file, pattern, windows) {
  let fi = 0;
  let pi = 0;
  if (windows) {
    // 'C:' and '//?/C:' roots match each other, the letter in any case.
    const fileDrive = isDrive(file[0]);
    const fdi = fileDrive ? 0 :
      file[0] === '' && file[1] === '' && file[2] === '?' && isDrive(file[3]) ? 3 : -1;
    const patternDrive = isDrive(pattern[0]);
    const pdi = patternDrive ? 0 :
      pattern[0] === '' && pattern[1] === '' && pattern[2] === '?' && isDrive(pattern[3]) ? 3 : -1;
    if (fdi !== -1 && pdi !== -1 && file[fdi].toLowerCase() === pattern[pdi].toLowerCase()) {
      pattern = pattern.slice();
      pattern[pdi] = file[fdi];
      fi = fdi;
      pi = pdi;
    }
  }
  file = simplifyPath(file, windows);
  if (pattern.indexOf(kGlobstar) !== -1) return matchGlobstar(file, pattern, fi, pi);
  return matchParts(file, pattern, fi, pi);
}

const cache = new SafeMap();

function matchGlobPattern(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (pattern.length > kMaxPatternLength) throw new TypeError('pattern is too long');
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let set = cache.get(key);
  if (set === undefined) {
    set = compile(pattern, windows);
    cache.set(key, set);
    if (cache.size >= kCacheLimit) cache.delete(cache.keys().next().value);
  }
  if (set === null) return path === '';
  if (windows) path = replace(path, /\\/g, '/');
  const file = splitSlashes(path, windows);
  for (let i = 0; i < set.length; i++) {
    if (matchOne(file, set[i], windows)) return true;
  }
  return false;
}

module.exports = { matchGlobPattern };
