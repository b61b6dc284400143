'use strict';
// The global console, writing synchronously to fds 1 and 2 through the
// process's stdio writers. console.Console and the rest of the methods
// complete it in the console issue (see docs/compat.md).

const { formatWithOptions } = require('util');

const counts = new Map();
const timers = new Map();
let groupIndent = '';

function out(stream, args) {
  let text = formatWithOptions(undefined, ...args);
  if (groupIndent) text = groupIndent + text.split('\n').join(`\n${groupIndent}`);
  stream.write(`${text}\n`);
}

const console = {
  log(...args) { out(process.stdout, args); },
  info(...args) { out(process.stdout, args); },
  debug(...args) { out(process.stdout, args); },
  warn(...args) { out(process.stderr, args); },
  error(...args) { out(process.stderr, args); },
  trace(...args) {
    const err = new Error(formatWithOptions(undefined, ...args));
    err.name = 'Trace';
    out(process.stderr, [require('internal/stack').formatError(err)]);
  },
  dir(obj, options) {
    out(process.stdout, [require('util').inspect(obj, { customInspect: false, ...options })]);
  },
  assert(cond, ...args) {
    if (!cond) {
      if (args.length > 0 && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      out(process.stderr, args);
    }
  },
  count(label = 'default') {
    label = `${label}`;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    out(process.stdout, [`${label}: ${n}`]);
  },
  countReset(label = 'default') {
    counts.delete(`${label}`);
  },
  time(label = 'default') {
    timers.set(`${label}`, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    const t = timers.get(label);
    if (t === undefined) return;
    timers.delete(label);
    out(process.stdout, [`${label}: ${formatDuration(t)}`]);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    const t = timers.get(label);
    if (t === undefined) return;
    out(process.stdout, [`${label}: ${formatDuration(t)}`, ...data]);
  },
  group(...label) {
    if (label.length > 0) out(process.stdout, label);
    groupIndent += '  ';
  },
  groupEnd() {
    groupIndent = groupIndent.slice(0, -2);
  },
};
console.dirxml = console.log;
console.groupCollapsed = console.group;

function formatDuration(start) {
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
}

module.exports = console;
