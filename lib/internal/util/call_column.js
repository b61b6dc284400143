'use strict';
// Where V8 places a frame on a line of source, from where JavaScriptCore
// places it. JavaScriptCore puts a call's position at the end of its
// callee (the `(` of `f(x)`, or the space of `f (x)`) and a property read
// through a getter at its `.`; V8 puts a call at the callee's last name
// (`c` of `a.b.c()`), a `new` expression at `new`, and a property read at
// the property's name. Node prints V8's columns in stacks and looks source
// maps up at them. Calls of other callees (`a[k]()`, `(0, f)()`, tagged
// templates) are placed alike by both.

const ReflectApply = Reflect.apply;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;

function isWhite(c) {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff;
}

function isIdentifierChar(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
    c === 36 || c === 95 || c > 127;
}

// text: the line; col: JavaScriptCore's one-based column on it. Returns
// V8's, or col when the place is none of the above.
function v8Column(text, col) {
  const at = (k) => (k >= 0 ? ReflectApply(StringPrototypeCharCodeAt, text, [k]) : NaN);
  let i = col - 1;
  const c = at(i);
  // A getter or setter reached by `o.name`.
  if (c === 46 /* . */) return isIdentifierChar(at(i + 1)) && !(at(i + 1) >= 48 && at(i + 1) <= 57) ? col + 1 : col;
  if (c !== 40 /* ( */ && !isWhite(c)) return col;
  if (c !== 40) {
    let k = i;
    while (isWhite(at(k))) k++;
    if (at(k) !== 40) return col;
  }
  // The callee's last name.
  i--;
  while (isWhite(at(i))) i--;
  if (!isIdentifierChar(at(i))) return col;
  while (isIdentifierChar(at(i - 1))) i--;
  const name = i;
  // Back over `a.b.` (and `a?.b.`) to the start of the chain, then `new`.
  for (;;) {
    let j = i - 1;
    while (isWhite(at(j))) j--;
    if (at(j) !== 46) {
      if (at(j) === 119 && at(j - 1) === 101 && at(j - 2) === 110 && !isIdentifierChar(at(j - 3))) return j - 2 + 1;
      return name + 1;
    }
    j--;
    if (at(j) === 63 /* ? */) j--;
    while (isWhite(at(j))) j--;
    if (!isIdentifierChar(at(j))) return name + 1;
    while (isIdentifierChar(at(j - 1))) j--;
    i = j;
  }
}

module.exports = { v8Column };
