'use strict';
// process.emitWarning: a 'warning' event, and unless --no-warnings, the
// warning on stderr (or in the --redirect-warnings file) as Node prints it.

const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;

let traceHinted = false;

function flag(name) {
  return natives.execArgv.includes(name);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    Error.captureStackTrace(w, ctor || process.emitWarning);
    Object.defineProperty(w, 'name', { value: String(type || 'Warning'), writable: true, configurable: true, enumerable: false });
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation || flag('--no-deprecation')) return;
    // Thrown from the next tick, as in Node, after the warnings before it.
    if (process.throwDeprecation || flag('--throw-deprecation')) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(() => process.emit('warning', warning));
}

// The default 'warning' listener, registered at startup so that it is the
// first one, as in Node: prints the warning unless --no-warnings.
function onWarning(warning) {
  // Only Errors are printed: process.emit('warning', 'text') is not.
  if (!(warning instanceof Error)) return;
  if (flag('--no-warnings') || process.noProcessWarnings) return;
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  if (flag('--trace-warnings') || (warning.name === 'DeprecationWarning' && flag('--trace-deprecation'))) {
    text += warning.stack;
  } else {
    text += `${warning.name}: ${warning.message}`;
  }
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!traceHinted && !flag('--trace-warnings')) {
    traceHinted = true;
    const arg = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`node ${arg} ...\` to show where the warning was created)`;
  }
  if (warningFile() !== '') writeToFile(text);
  else process.stderr.write(`${text}\n`);
}

// --redirect-warnings=FILE (or NODE_REDIRECT_WARNINGS): warnings are
// appended to the file, or go to stderr when it cannot be opened or
// written. As in Node 24, a --diagnostic-dir takes the file's place (a
// directory, which cannot be opened for appending: stderr). '' for none.
let redirectFile;
function warningFile() {
  if (redirectFile === undefined) {
    const { optionValue } = require('internal/options');
    const dir = optionValue('--diagnostic-dir') || '';
    const file = optionValue('--redirect-warnings') ?? process.env.NODE_REDIRECT_WARNINGS ?? '';
    redirectFile = dir || file;
  }
  return redirectFile;
}

let warningFd;
function writeToFile(text) {
  const fs = require('fs');
  if (warningFd === undefined) {
    try {
      warningFd = fs.openSync(warningFile(), 'a');
    } catch {
      process.stderr.write(`${text}\n`);
      return;
    }
    process.on('exit', () => {
      try {
        fs.closeSync(warningFd);
      } catch {
        // already closed
      }
    });
  }
  fs.appendFile(warningFd, `${text}\n`, (err) => {
    if (err) process.stderr.write(`${text}\n`);
  });
}

module.exports = { emitWarning, onWarning };
