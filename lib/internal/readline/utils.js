'use strict';
// Terminal helpers shared by node:readline and node:readline/promises: the
// CSI escape builder, code-unit lengths of the character at a position, and
// the parser that turns raw terminal input into 'keypress' events.

const kEscape = '\x1b';
const kSubstringSearch = Symbol('kSubstringSearch');

// CSI`${n}G` -> ESC [ n G: a template tag that joins its parts after the
// Control Sequence Introducer.
function CSI(strings, ...args) {
  let out = `${kEscape}[`;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

function isHighSurrogate(c) {
  return c >= 0xd800 && c <= 0xdbff;
}

// UTF-16 units of the character that ends just before index i (a
// surrogate pair counts as one character).
function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

// UTF-16 units of the character that starts at index i.
function charLengthAt(str, i) {
  if (str.length <= i) {
    // Past the end: moving right still moves one column.
    return 1;
  }
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

// The longest string every member of strings starts with.
function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  let min = strings[0];
  let max = strings[0];
  for (let i = 1; i < strings.length; i++) {
    if (strings[i] < min) min = strings[i];
    if (strings[i] > max) max = strings[i];
  }
  // The sorted extremes share exactly what all of them share.
  let n = 0;
  while (n < min.length && min[n] === max[n]) n++;
  return min.slice(0, n);
}

// Names of the keys whose escape sequences end in the given code (after
// ESC [ or ESC O, modifiers removed).
const kKeyNames = {
  __proto__: null,
  // xterm/gnome ESC O letter, xterm/rxvt ESC [ number ~
  'OP': 'f1', 'OQ': 'f2', 'OR': 'f3', 'OS': 'f4',
  '[P': 'f1', '[Q': 'f2', '[R': 'f3', '[S': 'f4',
  '[11~': 'f1', '[12~': 'f2', '[13~': 'f3', '[14~': 'f4',
  // Cygwin and libuv
  '[[A': 'f1', '[[B': 'f2', '[[C': 'f3', '[[D': 'f4', '[[E': 'f5',
  // common
  '[15~': 'f5', '[17~': 'f6', '[18~': 'f7', '[19~': 'f8', '[20~': 'f9',
  '[21~': 'f10', '[23~': 'f11', '[24~': 'f12',
  // xterm ESC [ letter, and ESC O letter
  '[A': 'up', '[B': 'down', '[C': 'right', '[D': 'left', '[E': 'clear', '[F': 'end', '[H': 'home',
  'OA': 'up', 'OB': 'down', 'OC': 'right', 'OD': 'left', 'OE': 'clear', 'OF': 'end', 'OH': 'home',
  // xterm/rxvt ESC [ number ~
  '[1~': 'home', '[2~': 'insert', '[3~': 'delete', '[4~': 'end', '[5~': 'pageup', '[6~': 'pagedown',
  // putty
  '[[5~': 'pageup', '[[6~': 'pagedown',
  // rxvt
  '[7~': 'home', '[8~': 'end',
  // misc.
  '[Z': 'tab',
};
// rxvt keys with shift (ESC [ letter, $) and with control (ESC O letter, ^).
const kShiftKeys = {
  __proto__: null,
  '[a': 'up', '[b': 'down', '[c': 'right', '[d': 'left', '[e': 'clear',
  '[2$': 'insert', '[3$': 'delete', '[5$': 'pageup', '[6$': 'pagedown', '[7$': 'home', '[8$': 'end',
  '[Z': 'tab',
};
const kCtrlKeys = {
  __proto__: null,
  'Oa': 'up', 'Ob': 'down', 'Oc': 'right', 'Od': 'left', 'Oe': 'clear',
  '[2^': 'insert', '[3^': 'delete', '[5^': 'pageup', '[6^': 'pagedown', '[7^': 'home', '[8^': 'end',
};

const isDigit = (ch) => ch >= '0' && ch <= '9';

// A generator fed one character at a time (next(ch); next('') when the
// escape-code timeout passes) that emits 'keypress' (sequence, key) on
// stream for each key it recognises. Unrecognised or broken escape
// sequences are dropped.
function* emitKeys(stream) {
  for (;;) {
    let ch = yield;
    let s = ch;
    let escaped = false;
    const key = { sequence: null, name: undefined, ctrl: false, meta: false, shift: false };

    if (ch === kEscape) {
      escaped = true;
      s += (ch = yield);
      // ESC ESC: meta + the escape sequence that follows.
      if (ch === kEscape) s += (ch = yield);
    }

    if (escaped && (ch === 'O' || ch === '[')) {
      // An ANSI escape sequence: ESC O letter, ESC O modifier letter,
      // ESC [ letter, ESC [ modifier letter, ESC [ [ ..., ESC [ num ~,
      // ESC [ num ; modifier ~.
      let code = ch;
      let modifier = 0;
      if (ch === 'O') {
        s += (ch = yield);
        if (isDigit(ch)) {
          modifier = (ch >> 0) - 1;
          s += (ch = yield);
        }
        code += ch;
      } else {
        s += (ch = yield);
        if (ch === '[') {
          // ESC [ [ letter (Cygwin, libuv's Windows console)
          code += ch;
          s += (ch = yield);
        }
        const cmdStart = s.length - 1;
        // Up to three digits, then ';' and one more digit.
        if (isDigit(ch)) {
          s += (ch = yield);
          if (isDigit(ch)) {
            s += (ch = yield);
            if (isDigit(ch)) s += (ch = yield);
          }
        }
        if (ch === ';') {
          s += (ch = yield);
          if (isDigit(ch)) s += yield;
        }
        const cmd = s.slice(cmdStart);
        let m;
        if ((m = /^(?:(\d\d?)(?:;(\d))?([~^$])|(\d{3}~))$/.exec(cmd)) !== null) {
          if (m[4]) {
            code += m[4];
          } else {
            code += m[1] + m[3];
            modifier = (m[2] || 1) - 1;
          }
        } else if ((m = /^((\d;)?(\d))?([A-Za-z])$/.exec(cmd)) !== null) {
          code += m[4];
          modifier = (m[3] || 1) - 1;
        } else {
          code += cmd;
        }
      }
      // The modifier is a bit set: 1 shift, 2 alt (meta), 4 control,
      // 8 meta.
      key.ctrl = !!(modifier & 4);
      key.meta = !!(modifier & 10);
      key.shift = !!(modifier & 1);
      key.code = code;
      if (kKeyNames[code] !== undefined) {
        key.name = kKeyNames[code];
        if (code === '[Z') key.shift = true;
      } else if (kShiftKeys[code] !== undefined) {
        key.name = kShiftKeys[code];
        key.shift = true;
      } else if (kCtrlKeys[code] !== undefined) {
        key.name = kCtrlKeys[code];
        key.ctrl = true;
      } else {
        key.name = 'undefined';
      }
    } else if (ch === '\r') {
      key.name = 'return';
      key.meta = escaped;
    } else if (ch === '\n') {
      key.name = 'enter';
      key.meta = escaped;
    } else if (ch === '\t') {
      key.name = 'tab';
      key.meta = escaped;
    } else if (ch === '\b' || ch === '\x7f') {
      key.name = 'backspace';
      key.meta = escaped;
    } else if (ch === kEscape) {
      // Three escapes in a row, or one followed by the timeout.
      key.name = 'escape';
      key.meta = escaped;
    } else if (ch === ' ') {
      key.name = 'space';
      key.meta = escaped;
    } else if (!escaped && ch <= '\x1a') {
      // ctrl+letter
      key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
      key.ctrl = true;
    } else if (/^[0-9A-Za-z]$/.test(ch)) {
      key.name = ch.toLowerCase();
      key.shift = /^[A-Z]$/.test(ch);
      key.meta = escaped;
    } else if (escaped) {
      // ESC + something unknown, or ESC alone (the timeout gave '').
      key.name = ch.length ? undefined : 'escape';
      key.meta = true;
    }

    key.sequence = s;
    if (s.length !== 0 && (key.name !== undefined || escaped)) {
      stream.emit('keypress', escaped ? undefined : s, key);
    } else if (charLengthAt(s, 0) === s.length) {
      // A single printable character.
      stream.emit('keypress', s, key);
    }
  }
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  emitKeys,
  isHighSurrogate,
  kSubstringSearch,
};
