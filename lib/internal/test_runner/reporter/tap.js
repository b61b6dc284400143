'use strict';
// The 'tap' reporter: TAP version 13, subtests indented by four spaces, each
// result followed by a YAML block (duration, type, location and the error's
// message, code, name, expected/actual and stack frames).

const { inspect } = require('internal/util/inspect');

const kUnwrapFailureTypes = new Set(['testCodeFailure', 'hookFailed']);
const inspectOptions = { colors: false, breakLength: Infinity };

function pad(nesting) {
  return nesting > 0 ? '    '.repeat(nesting) : '';
}

// '#' and '\' mean something in TAP, as do line breaks in a name.
function escape(text) {
  return String(text)
    .replaceAll('\b', '\\b').replaceAll('\f', '\\f').replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n').replaceAll('\r', '\\r').replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\').replaceAll('#', '\\#');
}

function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

function hasExpectedActual(v) {
  return v !== null && typeof v === 'object' && 'expected' in v && 'actual' in v;
}

// One `name: value` entry (and, for objects, their entries below it).
function yamlEntry(ind, name, value, seen) {
  if (value === undefined) return '';
  const head = `${ind}  ${name}:`;
  if (value === null) return `${head} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value === 'string') {
      const lines = value.split(/\n|\r\n/);
      if (lines.length > 1) return `${head} |-\n${lines.map((l) => `${ind}    ${l}\n`).join('')}`;
    }
    return `${head} ${inspect(value, inspectOptions)}\n`;
  }
  return yamlObject(ind, name, value, seen);
}

function yamlObject(ind, name, value, seen) {
  seen.add(value);
  let out = '';
  let inner = ind;
  if (name !== null) {
    out += `${ind}  ${name}:`;
    if (value instanceof Date) out += ` ${value.toISOString()}`;
    out += '\n';
    inner += '  ';
  }
  const error = isError(value);
  for (const [key, v] of Object.entries(value)) {
    if (error && (key === 'cause' || key === 'code')) continue;
    if (seen.has(v)) {
      out += `${inner}  ${key}: <Circular>\n`;
      continue;
    }
    out += yamlEntry(inner, key, v, seen);
  }
  if (error) out += yamlError(ind, value, seen);
  return out;
}

// An error's message, code and stack; for a test failure that wraps what the
// test threw, those of the thrown value.
function yamlError(ind, err, seen) {
  let { message, code, name, stack, expected, actual, operator } = err;
  let assertion = hasExpectedActual(err);
  const cause = err.cause;
  if (code === 'ERR_TEST_FAILURE' && kUnwrapFailureTypes.has(err.failureType)) {
    stack = cause?.stack ?? stack;
    code = cause?.code ?? code;
    name = cause?.name ?? name;
    message = cause?.message ?? message;
    if (hasExpectedActual(cause)) {
      expected = cause.expected;
      actual = cause.actual;
      operator = cause.operator ?? operator;
      assertion = true;
    }
  }
  let out = yamlEntry(ind, 'error', message ?? '<unknown error>', seen);
  if (code) out += yamlEntry(ind, 'code', code, seen);
  if (name && name !== 'Error') out += yamlEntry(ind, 'name', name, seen);
  if (assertion) {
    out += yamlEntry(ind, 'expected', expected, new Set(seen));
    out += yamlEntry(ind, 'actual', actual, new Set(seen));
    if (operator) out += yamlEntry(ind, 'operator', operator, seen);
  }
  if (typeof stack === 'string') {
    const frames = [];
    for (const line of stack.split(/\n|\r\n/)) {
      const m = /^ {4}at (.+)$/.exec(line);
      if (m) frames.push(m[1]);
    }
    if (frames.length > 0) out += `${ind}  stack: |-\n${frames.map((f) => `${ind}    ${f}\n`).join('')}`;
  }
  return out;
}

function resultLine(nesting, status, data) {
  let line = `${pad(nesting)}${status} ${data.testNumber}`;
  if (data.name) line += ` ${escape(`- ${data.name}`)}`;
  if (data.skip !== undefined) {
    line += ` # SKIP${typeof data.skip === 'string' && data.skip.length ? ` ${escape(data.skip)}` : ''}`;
  } else if (data.todo !== undefined) {
    line += ` # TODO${typeof data.todo === 'string' && data.todo.length ? ` ${escape(data.todo)}` : ''}`;
  } else if (data.expectFailure !== undefined) {
    line += ' # EXPECTED FAILURE';
  }
  return `${line}\n`;
}

function details(nesting, d = {}, location) {
  const ind = pad(nesting);
  let out = `${ind}  ---\n`;
  out += yamlEntry(ind, 'duration_ms', d.duration_ms);
  out += yamlEntry(ind, 'type', d.type);
  if (location) out += yamlEntry(ind, 'location', location);
  if (d.error !== undefined) out += yamlEntry(ind, null, d.error, new Set());
  return `${out}${ind}  ...\n`;
}

// Event in, text out; the first call also gives the version line.
class TapFormatter {
  #started = false;

  handle(type, data) {
    let out = '';
    if (!this.#started) {
      this.#started = true;
      out += 'TAP version 13\n';
    }
    switch (type) {
      case 'test:fail': {
        const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
        out += resultLine(data.nesting, 'not ok', data) + details(data.nesting, data.details, location);
        break;
      }
      case 'test:pass':
        out += resultLine(data.nesting, 'ok', data) + details(data.nesting, data.details, null);
        break;
      case 'test:plan':
        out += `${pad(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        out += `${pad(data.nesting)}# Subtest: ${escape(data.name)}\n`;
        break;
      case 'test:stdout':
      case 'test:stderr':
        for (const line of String(data.message).split(/\n|\r\n/)) {
          if (line.length > 0) out += `# ${escape(line)}\n`;
        }
        break;
      case 'test:diagnostic':
        out += `${pad(data.nesting)}# ${escape(data.message)}\n`;
        break;
      default:
        break;
    }
    return out;
  }
}

async function* tap(source) {
  const f = new TapFormatter();
  yield f.handle('tap:begin', {});
  for await (const { type, data } of source) {
    const text = f.handle(type, data);
    if (text) yield text;
  }
}

module.exports = { tap, TapFormatter };
