'use strict';
// Punycode as RFC 3492 defines it, and the IDNA-style helpers toASCII and
// toUnicode that apply it to each label of a domain (or of the part of an
// email address after '@'). node:punycode (deprecated, DEP0040) re-exports
// these; kiln's own users (the legacy url.parse) require this module so that
// they do not trigger that module's warning.

const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128;
const maxInt = 2147483647;

const errors = {
  overflow: 'Overflow: input needs wider integers to process',
  'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
  'invalid-input': 'Invalid input',
};

function fail(type) {
  throw new RangeError(errors[type]);
}

// UTF-16 to code points: a pair of surrogates is one code point, a lone
// surrogate stays as it is.
function ucs2decode(string) {
  const out = [];
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < string.length) {
      const d = string.charCodeAt(i + 1);
      if ((d & 0xFC00) === 0xDC00) {
        out.push(((c & 0x3FF) << 10) + (d & 0x3FF) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

function basicToDigit(c) {
  if (c >= 0x30 && c < 0x3A) return 26 + (c - 0x30);
  if (c >= 0x41 && c < 0x5B) return c - 0x41;
  if (c >= 0x61 && c < 0x7B) return c - 0x61;
  return base;
}

function digitToBasic(d) {
  // 0..25 -> 'a'..'z', 26..35 -> '0'..'9'
  return d + 22 + 75 * (d < 26 ? 1 : 0);
}

function adapt(delta, numPoints, firstTime) {
  let k = 0;
  delta = firstTime ? Math.floor(delta / damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  for (; delta > ((base - tMin) * tMax) >> 1; k += base) {
    delta = Math.floor(delta / (base - tMin));
  }
  return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
}

function decode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) fail('not-basic');
    output.push(input.charCodeAt(j));
  }
  let i = 0;
  let n = initialN;
  let bias = initialBias;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (index >= input.length) fail('invalid-input');
      const digit = basicToDigit(input.charCodeAt(index++));
      if (digit >= base) fail('invalid-input');
      if (digit > Math.floor((maxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
      if (digit < t) break;
      const baseMinusT = base - t;
      if (w > Math.floor(maxInt / baseMinusT)) fail('overflow');
      w *= baseMinusT;
    }
    const out = output.length + 1;
    bias = adapt(i - oldi, out, oldi === 0);
    if (Math.floor(i / out) > maxInt - n) fail('overflow');
    n += Math.floor(i / out);
    i %= out;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

function encode(input) {
  const output = [];
  const points = ucs2decode(input);
  const inputLength = points.length;
  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  for (const c of points) {
    if (c < 0x80) output.push(String.fromCharCode(c));
  }
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength) output.push('-');
  while (handled < inputLength) {
    let m = maxInt;
    for (const c of points) {
      if (c >= n && c < m) m = c;
    }
    const handledPlusOne = handled + 1;
    if (m - n > Math.floor((maxInt - delta) / handledPlusOne)) fail('overflow');
    delta += (m - n) * handledPlusOne;
    n = m;
    for (const c of points) {
      if (c < n && ++delta > maxInt) fail('overflow');
      if (c === n) {
        let q = delta;
        for (let k = base; ; k += base) {
          const t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias);
          if (q < t) break;
          const qMinusT = q - t;
          const baseMinusT = base - t;
          output.push(String.fromCharCode(digitToBasic(t + (qMinusT % baseMinusT))));
          q = Math.floor(qMinusT / baseMinusT);
        }
        output.push(String.fromCharCode(digitToBasic(q)));
        bias = adapt(delta, handledPlusOne, handled === basicLength);
        delta = 0;
        ++handled;
      }
    }
    ++delta;
    ++n;
  }
  return output.join('');
}

// Applies fn to each label of a domain; for an email address, only to the
// part after '@'. The IDNA dot variants separate labels too.
function mapDomain(domain, fn) {
  const at = domain.split('@');
  let result = '';
  if (at.length > 1) {
    result = `${at[0]}@`;
    domain = at[1];
  }
  domain = domain.replace(/[\x2E\u3002\uFF0E\uFF61]/g, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => (/^xn--/.test(label) ? decode(label.slice(4).toLowerCase()) : label));
}

function toASCII(input) {
  return mapDomain(input, (label) => (/[^\0-\x7F]/.test(label) ? `xn--${encode(label)}` : label));
}

module.exports = {
  ucs2decode,
  ucs2encode,
  decode,
  encode,
  toASCII,
  toUnicode,
};
