'use strict';
// The .env format, as util.parseEnv reads it (and Node's --env-file and
// process.loadEnvFile): KEY=value lines, '#' comments, an optional
// `export ` before the key, values in '', "" or `` quotes (which may span
// lines; only "" expands \n), unquoted values cut at '#' and trimmed. The
// rules, quirks included, are those of Node's own parser: a key takes the
// first '=' of its line; a lone space after '=' lets the value start on the
// next line; an unclosed quote is kept as part of the value; the last
// assignment of a key wins; keys come out in byte order.

const { replaceAll: replaceAllFn, indexOf: indexOfFn, slice: sliceFn,
  startsWith: startsWithFn, codePointAt: codePointAtFn } = String.prototype;
const StringPrototypeIndexOf = (s, v, from) => indexOfFn.call(s, v, from);
const StringPrototypeSlice = (s, a, b) => sliceFn.call(s, a, b);
const StringPrototypeReplaceAll = (s, a, b) => replaceAllFn.call(s, a, b);
const StringPrototypeStartsWith = (s, v) => startsWithFn.call(s, v);
const SafeMap = Map;
const { get: mapGetFn, set: mapSetFn, forEach: mapForEachFn } = Map.prototype;
const { sort: sortFn } = Array.prototype;

function isBlank(c) {
  return c === ' ' || c === '\t' || c === '\n';
}

// Spaces, tabs and newlines off both ends.
function trim(s) {
  let start = 0;
  let end = s.length;
  while (start < end && isBlank(s[start])) start++;
  while (end > start && isBlank(s[end - 1])) end--;
  return start === 0 && end === s.length ? s : StringPrototypeSlice(s, start, end);
}

// What follows the line that starts at 0: after its '\n', or nothing.
function nextLine(s, from = 0) {
  const nl = StringPrototypeIndexOf(s, '\n', from);
  return nl === -1 ? '' : StringPrototypeSlice(s, nl + 1);
}

// Keys in the order of their UTF-8 bytes, which is code point order.
function compareKeys(a, b) {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n;) {
    const x = codePointAtFn.call(a, i);
    const y = codePointAtFn.call(b, i);
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length - b.length;
}

function parseEnvContent(input) {
  const store = new SafeMap();
  const set = (k, v) => mapSetFn.call(store, k, v);
  let s = trim(StringPrototypeReplaceAll(input, '\r', ''));
  while (s.length > 0) {
    if (s[0] === '\n' || s[0] === '#') {
      s = nextLine(s);
      continue;
    }
    const eq = StringPrototypeIndexOf(s, '=');
    const nl = StringPrototypeIndexOf(s, '\n');
    if (eq === -1 || (nl !== -1 && nl < eq)) {
      // No '=' on this line: not an assignment.
      s = nextLine(s);
      continue;
    }
    let key = trim(StringPrototypeSlice(s, 0, eq));
    s = StringPrototypeSlice(s, eq + 1);
    if (StringPrototypeStartsWith(key, 'export ')) key = trim(StringPrototypeSlice(key, 7));
    if (s === '' || s[0] === '\n') {
      // Nothing after the '=' on this line: an empty value (even for an
      // empty key).
      set(key, '');
      s = nextLine(s);
      continue;
    }
    s = trim(s);
    // No key: what followed the '=' is read as a new line.
    if (key === '') continue;
    if (s === '') {
      set(key, '');
      break;
    }
    const quote = s[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      const close = StringPrototypeIndexOf(s, quote, 1);
      if (close !== -1) {
        const value = StringPrototypeSlice(s, 1, close);
        set(key, quote === '"' ? StringPrototypeReplaceAll(value, '\\n', '\n') : value);
        s = nextLine(s, close + 1);
        continue;
      }
      // Unclosed: the rest of the line, the quote included.
      const end = StringPrototypeIndexOf(s, '\n');
      set(key, end === -1 ? s : StringPrototypeSlice(s, 0, end));
      s = nextLine(s);
      continue;
    }
    const end = StringPrototypeIndexOf(s, '\n');
    let value = end === -1 ? s : StringPrototypeSlice(s, 0, end);
    const hash = StringPrototypeIndexOf(value, '#');
    if (hash !== -1) value = StringPrototypeSlice(value, 0, hash);
    set(key, trim(value));
    s = nextLine(s);
  }
  const keys = [];
  mapForEachFn.call(store, (value, key) => { keys[keys.length] = key; });
  sortFn.call(keys, compareKeys);
  const out = {};
  // Plain assignment, as Node's: a '__proto__' key meets the setter.
  for (let i = 0; i < keys.length; i++) out[keys[i]] = mapGetFn.call(store, keys[i]);
  return out;
}

module.exports = { parseEnvContent };
