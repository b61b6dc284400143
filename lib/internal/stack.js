'use strict';
// Error stacks the way Node shows them. JavaScriptCore writes a frame as
// `fn@file:line:col` and leaves the `Name: message` header out of `stack`;
// Node writes `    at fn (file:line:col)` under the header.
//
// Modules are compiled with their wrapper on the first line (so that line
// numbers are the file's own); columns on line 1 are shifted back by the
// wrapper's length, recorded here per file.

// The mark internal/errors puts on its errors (a registered symbol, so this
// module need not load that one).
const kIsNodeError = Symbol.for('kiln.isNodeError');

const wrapperOffsets = natives.wrapperOffsets;
const kilnNatives = new Set(['evalScript', 'checkSyntax', 'builtinSource', 'internalBinding']);

function fixColumn(file, line, col) {
  if (line === 1) {
    const off = wrapperOffsets.get(file);
    if (off !== undefined) return Math.max(1, col - off);
  }
  return col;
}

// One JSC frame to one Node frame, or null for frames Node does not show.
function convertFrame(frame) {
  const at = frame.lastIndexOf('@');
  let fn = at >= 0 ? frame.slice(0, at) : '';
  const loc = at >= 0 ? frame.slice(at + 1) : frame;
  if (loc === '[native code]') {
    // kiln's own natives (the compile step of the loader) are not frames a
    // user wrote or can act on; engine builtins show as Node shows them.
    if (!fn || kilnNatives.has(fn)) return null;
    return `    at ${fn} (<anonymous>)`;
  }
  const m = /^(.*):(\d+):(\d+)$/.exec(loc);
  let where = loc;
  if (m) where = `${m[1]}:${m[2]}:${fixColumn(m[1], +m[2], +m[3])}`;
  if (fn === 'global code' || fn === 'module code' || fn === 'eval code') fn = '';
  if (fn === '') return `    at ${where}`;
  return `    at ${fn} (${where})`;
}

function convertStack(stack) {
  if (typeof stack !== 'string' || stack === '') return '';
  const out = [];
  for (const frame of stack.split('\n')) {
    if (frame.startsWith('    at ')) {
      out.push(frame); // already Node's form
      continue;
    }
    const f = convertFrame(frame);
    if (f !== null) out.push(f);
  }
  return out.join('\n');
}

function errorHeader(err) {
  let name;
  let message;
  try {
    name = err.name;
    message = err.message;
  } catch {
    return 'Error';
  }
  name = name === undefined ? 'Error' : String(name);
  message = message === undefined ? '' : String(message);
  if (err[kIsNodeError] && err.code) name = `${name} [${err.code}]`;
  return message ? `${name}: ${message}` : name;
}

// The text Node prints for an uncaught error: its stack (header and frames)
// followed by its other own enumerable properties, as util.inspect shows them.
function formatError(err) {
  if (err === null || (typeof err !== 'object' && typeof err !== 'function')) {
    return `Uncaught ${inspectSafe(err)}`;
  }
  if (!(err instanceof Error)) return `Uncaught ${inspectSafe(err)}`;
  let text;
  try {
    text = require('util').inspect(err);
  } catch {
    text = `${errorHeader(err)}\n${convertStack(err.stack)}`;
  }
  return text;
}

function inspectSafe(v) {
  try {
    return require('util').inspect(v);
  } catch {
    return String(v);
  }
}

// Sources kept for files that cannot be read back (-e, stdin).
const sources = natives.evalSources;

function sourceLine(file, line) {
  let text = sources.get(file);
  if (text === undefined) {
    try {
      text = internalBinding('fs').readFileUtf8(file);
    } catch {
      return undefined;
    }
  }
  const lines = text.split('\n');
  const s = lines[line - 1];
  return s === undefined ? undefined : s.replace(/\r$/, '');
}

// `file:line`, the source line and a caret under the place of the error,
// as Node prints above an uncaught error. Undefined when unknown.
function sourceContext(err) {
  if (err === null || typeof err !== 'object') return undefined;
  let file;
  let line;
  let col;
  try {
    if (err instanceof SyntaxError && typeof err.sourceURL === 'string' && err.line) {
      file = err.sourceURL;
      line = err.line;
    } else {
      const frames = typeof err.stack === 'string' ? err.stack.split('\n') : [];
      for (const frame of frames) {
        const m = /@(.*):(\d+):(\d+)$/.exec(frame) || /\((.*):(\d+):(\d+)\)$/.exec(frame);
        if (m && !m[1].startsWith('node:')) {
          file = m[1];
          line = +m[2];
          col = fixColumn(file, line, +m[3]);
          break;
        }
      }
    }
  } catch {
    return undefined;
  }
  if (file === undefined || file.startsWith('node:')) return undefined;
  const src = sourceLine(file, line);
  if (src === undefined) return undefined;
  let caret;
  const firstWord = /^\s*/.exec(src)[0].length;
  if (src.slice(firstWord).startsWith('throw ')) {
    caret = firstWord;
  } else if (col !== undefined) {
    caret = col - 1;
  } else {
    // A syntax error: JSC names the token, not its column.
    const m = /Unexpected (?:token|identifier|keyword|string literal|number) '?([^']+?)'?(?:\.|$)/.exec(String(err.message));
    const at = m ? src.indexOf(m[1], firstWord) : -1;
    caret = at >= 0 ? at : firstWord;
  }
  caret = Math.max(0, Math.min(caret, src.length));
  const pad = src.slice(0, caret).replace(/[^\t]/g, ' ');
  return `${file}:${line}\n${src}\n${pad}^\n`;
}

module.exports = {
  wrapperOffsets,
  sources,
  convertStack,
  errorHeader,
  formatError,
  sourceContext,
};
