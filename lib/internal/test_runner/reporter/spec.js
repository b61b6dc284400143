'use strict';
// The 'spec' reporter, Node's default for a file run directly (piped or not):
//
//   > parent              a test's name (after U+25B6), before its first subtest
//     + child (1.2ms)     (U+2714 for a pass, U+2716 for a failure)
//   + parent (3.4ms)
//   i tests 2             the summary, then the failures again with their errors
//
// SpecReporter turns reporter events into text; createDefaultReporter writes
// that text to stdout.

const { inspect } = require('internal/util/inspect');

const kSymbols = {
  pass: '\u2714 ',
  fail: '\u2716 ',
  diagnostic: '\u2139 ',
  arrow: '\u25B6 ',
  skip: '\uFE63 ',
  warn: '\u26A0 ',
};

function makeColors(enabled) {
  const c = (code) => (enabled ? `\u001b[${code}m` : '');
  return {
    enabled,
    red: c(31), green: c(32), yellow: c(33), blue: c(34), gray: c(90), white: c(39), reset: c(0),
  };
}

// A thrown value as the reporters show it: inspected, each line indented.
function formatError(c, error, ind) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' && 'cause' in error ? error.cause : error;
  let text;
  try {
    text = inspect(err, { colors: c.enabled, breakLength: Infinity });
  } catch {
    text = String(err);
  }
  return `${ind}  ${text.split(/\r?\n/).join(`\n${ind}  `)}\n`;
}

// `<symbol> name (duration) # directive`, and with `withError` the error below.
function formatResult(c, type, data, ind, withError = false) {
  let color = type === 'test:pass' ? c.green : c.red;
  let symbol = type === 'test:pass' ? kSymbols.pass : kSymbols.fail;
  const ms = data.details?.duration_ms;
  let title = data.name + (ms ? ` ${c.gray}(${ms}ms)${c.white}` : '');
  if (data.skip !== undefined) {
    title += ` # ${typeof data.skip === 'string' && data.skip.length ? data.skip : 'SKIP'}`;
    color = c.gray;
    symbol = kSymbols.skip;
  } else if (data.todo !== undefined) {
    title += ` # ${typeof data.todo === 'string' && data.todo.length ? data.todo : 'TODO'}`;
    if (type === 'test:fail') {
      color = c.yellow;
      symbol = kSymbols.warn;
    }
  } else if (data.expectFailure !== undefined) {
    title += ' # EXPECTED FAILURE';
  }
  const line = `${ind}${color}${symbol}${title}${c.white}`;
  if (!withError) return line;
  return `${line}\n${formatError(c, data.details?.error, ind)}`;
}

function shouldColorize(stream) {
  const env = process.env;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (!stream || !stream.isTTY) return false;
  return typeof stream.hasColors === 'function' ? stream.hasColors() : true;
}

function indent(nesting) {
  return nesting > 0 ? '  '.repeat(nesting) : '';
}

function relativeFile(file) {
  const path = require('path');
  return path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
}

class SpecReporter {
  #stack = [];
  #failures = [];
  #finished = false;
  #colors;

  constructor({ colors = false } = {}) {
    this.#colors = makeColors(colors);
  }

  handle(type, data) {
    const c = this.#colors;
    switch (type) {
      case 'test:start':
        this.#stack.push({ data, printed: false });
        return '';
      case 'test:pass':
      case 'test:fail': {
        let out = '';
        // The matching start is on top; print the headers of the parents
        // that have not had a line yet.
        const top = this.#stack.length - 1;
        let self = null;
        if (top >= 0 && this.#stack[top].data.nesting === data.nesting &&
            this.#stack[top].data.name === data.name) {
          self = this.#stack.pop();
        }
        for (const entry of this.#stack) {
          if (entry.printed) continue;
          entry.printed = true;
          out += `${indent(entry.data.nesting)}${kSymbols.arrow}${entry.data.name}\n`;
        }
        const line = formatResult(this.#colors, type, data, indent(data.nesting));
        out += `${line}\n`;
        const error = data.details?.error;
        if (type === 'test:fail' && error && error.failureType !== 'subtestsFailed') {
          this.#failures.push({ data, type, error });
        }
        void self;
        return out;
      }
      case 'test:diagnostic':
        return `${c.blue}${indent(data.nesting)}${kSymbols.diagnostic}${data.message}${c.white}\n`;
      case 'test:summary':
        return this.#summary();
      default:
        return '';
    }
  }

  // The counts came before as diagnostics; what is left is the failures,
  // listed once: at the summary event, or at the end of the stream.
  finish() {
    return this.#summary();
  }

  #summary() {
    const c = this.#colors;
    let out = '';
    if (this.#finished) return out;
    this.#finished = true;
    if (this.#failures.length > 0) {
      out += `\n${c.red}${kSymbols.fail}failing tests:${c.white}\n\n`;
      const entries = [];
      for (const { data: d, type, error } of this.#failures) {
        let e = '';
        if (d.file !== undefined) e += `test at ${relativeFile(d.file)}:${d.line}:${d.column}\n`;
        e += `${formatResult(c, type, d, '')}\n`;
        e += formatError(c, error, '');
        entries.push(e);
      }
      out += entries.join('\n');
    }
    return out;
  }
}

function createDefaultReporter(write = (text) => process.stdout.write(text)) {
  const reporter = new SpecReporter({ colors: shouldColorize(process.stdout) });
  return (type, data) => {
    const text = reporter.handle(type, data);
    if (text) write(text);
  };
}

module.exports = { SpecReporter, createDefaultReporter, shouldColorize, makeColors, formatResult, formatError };
