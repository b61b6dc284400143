'use strict';
// console.Console, and the machinery the global console shares with it.
//
// A console's state (its streams, counters, timers, group indentation) lives
// in a ConsoleState kept in a WeakMap, out of reach of user code. Its
// methods are defined once on Console.prototype and bound to each console,
// so `const { log } = console` works; a subclass's overrides are what get
// bound. Methods that Node builds on others call them through `this`
// (count, group, table and time* log; assert warns; trace errors), so an
// override of log changes them too, as in Node.

// internal/errors (and with it the Error wrappers) loads only when a
// console is misused: console.log must not pay for it.
const codes = () => require('internal/errors').codes;
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const { colorDepth } = require('internal/console/color');

const uncurry = (fn) => Function.prototype.call.bind(fn);
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ObjectDefineProperty = Object.defineProperty;
const ObjectKeys = Object.keys;
const ArrayIsArray = Array.isArray;
const FunctionPrototypeBind = uncurry(Function.prototype.bind);
const ArrayPrototypeJoin = uncurry(Array.prototype.join);
const StringPrototypeIndexOf = uncurry(String.prototype.indexOf);
const StringPrototypeIncludes = uncurry(String.prototype.includes);
const StringPrototypeRepeat = uncurry(String.prototype.repeat);
const StringPrototypeReplaceAll = uncurry(String.prototype.replaceAll);
const StringPrototypeSlice = uncurry(String.prototype.slice);
const StringPrototypeSplit = uncurry(String.prototype.split);
const StringPrototypeStartsWith = uncurry(String.prototype.startsWith);
const StringPrototypePadStart = uncurry(String.prototype.padStart);
const NumberPrototypeToFixed = uncurry(Number.prototype.toFixed);
const MapPrototypeGet = uncurry(Map.prototype.get);
const MapPrototypeSet = uncurry(Map.prototype.set);
const MapPrototypeHas = uncurry(Map.prototype.has);
const MapPrototypeDelete = uncurry(Map.prototype.delete);
const MapPrototypeValues = uncurry(Map.prototype.values);
const WeakMapPrototypeGet = uncurry(WeakMap.prototype.get);
const WeakMapPrototypeSet = uncurry(WeakMap.prototype.set);
let ErrorCaptureStackTrace; // read on first console.trace
const { hrtime } = internalBinding('process');
const fsBinding = internalBinding('fs');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// The mark `instanceof Console` looks for. Inherited, as in Node, so an
// object made with Object.create(console) passes too.
const kIsConsole = Symbol('kIsConsole');

let util;
function lazyUtil() {
  util ??= require('util');
  return util;
}

function noop() {}

class ConsoleState {
  constructor(stdout, stderr, ignoreErrors, colorMode, groupIndentation, inspectOptions) {
    // The global console's streams are process.stdout and process.stderr,
    // read when first needed (and again while they are unset).
    this.lazyStdio = stdout === undefined;
    this.stdout = stdout;
    this.stderr = stderr;
    this.ignoreErrors = !!ignoreErrors;
    this.colorMode = colorMode;
    this.indentWidth = groupIndentation ?? 2;
    this.indent = '';
    this.inspectOptions = inspectOptions; // a Map from stream to options, or undefined
    this.counts = new Map();
    this.times = new Map();
    this.stdoutErrorHandler = makeWriteErrorHandler(this, true);
    this.stderrErrorHandler = makeWriteErrorHandler(this, false);
  }
}

const states = new WeakMap();

function stateOf(console) {
  const state = WeakMapPrototypeGet(states, console);
  if (state === undefined) {
    const { ERR_INVALID_THIS } = require('internal/errors').codes;
    throw new ERR_INVALID_THIS('Console');
  }
  return state;
}

function streamOf(state, useStdout) {
  if (useStdout) {
    if (!state.stdout && state.lazyStdio) state.stdout = process.stdout;
    return state.stdout;
  }
  if (!state.stderr && state.lazyStdio) state.stderr = process.stderr;
  return state.stderr;
}

// An error a stream reports for a console write, after the write has
// returned, must not become an uncaught exception: while nothing else
// listens for 'error', a one-time no-op listener takes it.
function makeWriteErrorHandler(state, useStdout) {
  return (err) => {
    if (err === null || err === undefined) return;
    const stream = streamOf(state, useStdout);
    const writableState = stream._writableState;
    if (writableState && writableState.errorEmitted) return;
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
  };
}

// The engines word it differently: V8 "Maximum call stack size exceeded",
// JavaScriptCore the same with a period.
function isStackOverflow(err) {
  return err !== null && typeof err === 'object' && err.name === 'RangeError' &&
    typeof err.message === 'string' &&
    StringPrototypeStartsWith(err.message, 'Maximum call stack size exceeded');
}

function writeToConsole(state, useStdout, string) {
  const indent = state.indent;
  if (indent.length !== 0) {
    if (StringPrototypeIncludes(string, '\n')) string = StringPrototypeReplaceAll(string, '\n', `\n${indent}`);
    string = indent + string;
  }
  string += '\n';
  // The global console before anything touched process.stdout/stderr: the
  // text goes straight to the fd, as the stream would write it (both are
  // synchronous, so order is kept once the stream exists). Errors are
  // dropped as below; a closed pipe comes back as a number.
  const fd = useStdout ? 1 : 2;
  if (state.lazyStdio && !(useStdout ? state.stdout : state.stderr) && natives.stdioUntouched(fd)) {
    try {
      fsBinding.writeAll(fd, string);
    } catch (err) {
      if (isStackOverflow(err)) throw err;
    }
    return;
  }
  const stream = streamOf(state, useStdout);
  if (state.ignoreErrors === false) return stream.write(string);
  // Errors a write throws are dropped: a console is for debugging, and
  // output that fails should not take the program down. The no-op listener
  // keeps an 'error' emitted during the write from being thrown. A stack
  // overflow is the exception: swallowing it would hide the real failure.
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(string, useStdout ? state.stdoutErrorHandler : state.stderrErrorHandler);
  } catch (err) {
    if (isStackOverflow(err)) throw err;
  } finally {
    stream.removeListener('error', noop);
  }
}

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) return colorDepth(process.env) > 2;
  if (!stream || !stream.isTTY) return stream ? stream.isTTY : undefined;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  // kiln's process.stdout and stderr do not have getColorDepth yet; Node's
  // would answer from the environment.
  if (stream === process.stdout || stream === process.stderr) return colorDepth(process.env) > 2;
  return true;
}

// The util.inspect options for output to `stream`. Options given to the
// constructor get the color decision written into them while their
// `colors` is undefined (a non-TTY leaves it undefined; a TTY makes it
// stick), as Node does.
function inspectOptionsFor(state, stream) {
  let color = state.colorMode;
  if (color === 'auto') color = shouldColorize(stream);
  if (state.inspectOptions !== undefined) {
    const options = MapPrototypeGet(state.inspectOptions, stream);
    if (options) {
      if (options.colors === undefined) options.colors = color;
      return options;
    }
  }
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

// Strings print as they are, whatever the inspect options (util.format
// neither quotes nor colors them), so console.log('text') needs neither
// util nor inspect loaded: the common case, and a startup cost otherwise.
function plainStrings(args) {
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') return false;
  }
  return args.length === 1 || StringPrototypeIndexOf(args[0], '%') === -1;
}

// Numbers, booleans, bigints, null and undefined (with strings) print as
// util.format would print them without colors, when no colors is certain
// without making the stream: console.log(1) then loads neither util nor
// process.stdout.
function plainPrimitives(state, useStdout, args) {
  if (state.inspectOptions !== undefined) return false; // numericSeparator, say
  if (typeof args[0] === 'string' && args.length > 1 && StringPrototypeIndexOf(args[0], '%') !== -1) return false;
  for (let i = 0; i < args.length; i++) {
    const type = typeof args[i];
    if (type === 'object' ? args[i] !== null : type === 'function' || type === 'symbol') return false;
  }
  if (state.colorMode === false) return true;
  const fd = useStdout ? 1 : 2;
  return state.colorMode === 'auto' && state.lazyStdio && !(useStdout ? state.stdout : state.stderr) &&
    natives.stdioUntouched(fd) && !colorsAt(fd);
}

// Whether fd 1 or 2 would get colors: FORCE_COLOR (read each time, as
// Node does), or a terminal, asked once per descriptor (as Node's stream
// knows from when it is made), not a system call per console.log.
const fdIsTTY = [undefined, undefined, undefined];
function colorsAt(fd) {
  return process.env.FORCE_COLOR !== undefined || (fdIsTTY[fd] ??= internalBinding('tty').isatty(fd));
}

function formatPrimitives(args) {
  let text = '';
  for (let i = 0; i < args.length; i++) {
    const value = args[i];
    if (i > 0) text += ' ';
    if (typeof value === 'bigint') text += `${value}n`;
    else if (value === 0 && 1 / value < 0) text += '-0';
    else text += `${value}`;
  }
  return text;
}

// The global console's inspect options while its stream is still the
// untouched lazy one (writeToConsole then writes to the fd): the colors
// the stream would choose, decided without making it (its machinery costs
// a few ms to load): FORCE_COLOR, else the environment's depth on a
// terminal, else none.
function untouchedInspectOptions(state, fd) {
  let color = state.colorMode;
  if (color === 'auto') color = colorsAt(fd) && colorDepth(process.env) > 2;
  return color ? kColorInspectOptions : kNoColorInspectOptions;
}

function formatFor(state, useStdout, args) {
  if (args.length > 0 && plainStrings(args)) return ArrayPrototypeJoin(args, ' ');
  if (args.length > 0 && plainPrimitives(state, useStdout, args)) return formatPrimitives(args);
  const fd = useStdout ? 1 : 2;
  const options = state.lazyStdio && state.inspectOptions === undefined &&
    !(useStdout ? state.stdout : state.stderr) && natives.stdioUntouched(fd) ?
    untouchedInspectOptions(state, fd) : inspectOptionsFor(state, streamOf(state, useStdout));
  return ReflectApply(lazyUtil().formatWithOptions, null, [options, ...args]);
}

// 1.235ms, 12.345s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [whole, fraction] = StringPrototypeSplit(NumberPrototypeToFixed(seconds, 3), '.');
    const lead = hours !== 0 ? `${hours}:${StringPrototypePadStart(`${minutes}`, 2, '0')}` : `${minutes}`;
    return `${lead}:${StringPrototypePadStart(whole, 2, '0')}.${fraction} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${NumberPrototypeToFixed(seconds, 3)}s`;
  return `${Number(NumberPrototypeToFixed(ms, 3))}ms`;
}

// Logs `label: time` and any data for timeLog and timeEnd; false, after a
// warning, when no timer has the label.
function logTime(self, state, method, label, data) {
  const start = MapPrototypeGet(state.times, label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${method}()`);
    return false;
  }
  const formatted = formatTime((hrtime() - start) / 1e6);
  ReflectApply(self.log, self, ['%s: %s', label, formatted, ...data]);
  return true;
}

// The inspect depth of a table cell: an object with more than two keys
// shows only as [Object], others one level deep.
function tableCellOptions(value, consoleOptions) {
  const depth = value !== null && typeof value === 'object' && !ArrayIsArray(value) &&
    ObjectKeys(value).length > 2 ? -1 : 0;
  return { depth, maxArrayLength: 3, breakLength: Infinity, ...consoleOptions };
}

// diagnostics_channel's 'console.log' (info, debug, warn, error) get the
// arguments before the text is made, as in Node: a subscriber may change
// them. Until node:diagnostics_channel is loaded nobody can have
// subscribed, and it is not loaded to find that out.
function publish(name, args) {
  const dc = natives.diagnosticsChannel;
  if (dc !== undefined && dc.hasSubscribers(name)) dc.channel(name).publish(args);
}

// The methods of Console.prototype, in Node's order; enumerable there, as
// the constructor binds every enumerable key.
const consoleMethods = {
  log(...args) {
    const state = stateOf(this);
    publish('console.log', args);
    writeToConsole(state, true, formatFor(state, true, args));
  },

  info(...args) {
    const state = stateOf(this);
    publish('console.info', args);
    writeToConsole(state, true, formatFor(state, true, args));
  },

  debug(...args) {
    const state = stateOf(this);
    publish('console.debug', args);
    writeToConsole(state, true, formatFor(state, true, args));
  },

  warn(...args) {
    const state = stateOf(this);
    publish('console.warn', args);
    writeToConsole(state, false, formatFor(state, false, args));
  },

  error(...args) {
    const state = stateOf(this);
    publish('console.error', args);
    writeToConsole(state, false, formatFor(state, false, args));
  },

  dir(object, options) {
    const state = stateOf(this);
    const consoleOptions = inspectOptionsFor(state, streamOf(state, true));
    writeToConsole(state, true,
      lazyUtil().inspect(object, { customInspect: false, ...consoleOptions, ...options }));
  },

  time(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    if (MapPrototypeHas(state.times, label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    MapPrototypeSet(state.times, label, hrtime());
  },

  timeEnd(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    if (logTime(this, state, 'timeEnd', label, [])) MapPrototypeDelete(state.times, label);
  },

  timeLog(label = 'default', ...data) {
    const state = stateOf(this);
    logTime(this, state, 'timeLog', `${label}`, data);
  },

  trace(...args) {
    const state = stateOf(this);
    const err = { name: 'Trace', message: formatFor(state, false, args) };
    // The stack starts at the caller: this method's frame is left out.
    ErrorCaptureStackTrace ??= Error.captureStackTrace;
    ReflectApply(ErrorCaptureStackTrace, Error, [err, consoleMethods.trace]);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (expression) return;
    if (args.length > 0 && typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
    else args.unshift('Assertion failed');
    ReflectApply(this.warn, this, args);
  },

  // Clearing only means something on a terminal: cursor home, then erase
  // the screen below it. The writes bypass the group indentation.
  clear() {
    const stdout = streamOf(stateOf(this), true);
    if (stdout.isTTY && process.env.TERM !== 'dumb') {
      stdout.write('\u001b[1;1H', undefined);
      stdout.write('\u001b[0J', undefined);
    }
  },

  count(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    const count = (MapPrototypeGet(state.counts, label) ?? 0) + 1;
    MapPrototypeSet(state.counts, label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const state = stateOf(this);
    label = `${label}`;
    if (!MapPrototypeHas(state.counts, label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    MapPrototypeDelete(state.counts, label);
  },

  group(...data) {
    const state = stateOf(this);
    if (data.length > 0) ReflectApply(this.log, this, data);
    state.indent += StringPrototypeRepeat(' ', state.indentWidth);
  },

  groupEnd() {
    const state = stateOf(this);
    state.indent = StringPrototypeSlice(state.indent, 0, state.indent.length - state.indentWidth);
  },

  // https://console.spec.whatwg.org/#table
  table(tabularData, properties) {
    const state = stateOf(this);
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    const consoleOptions = inspectOptionsFor(state, streamOf(state, true));
    const { inspect } = lazyUtil();
    const show = (value) => inspect(value, tableCellOptions(value, consoleOptions));
    this.log(require('internal/console/table').tableFor(tabularData, properties, show));
  },
};
// Node's prototype has the very same functions under these names.
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.groupCollapsed = consoleMethods.group;

// new Console(options) or new Console(stdout[, stderr[, ignoreErrors]]).
// Callable without `new`, as in Node.
function Console(options /* or: stdout, stderr, ignoreErrors = true */) {
  if (new.target === undefined) return ReflectConstruct(Console, arguments);

  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stdout');
  if (!stderr || typeof stderr.write !== 'function') throw new (codes().ERR_CONSOLE_WRITABLE_STREAM)('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }

  let optionsByStream;
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    // A Map gives each stream its own options; an object serves both.
    optionsByStream = lazyUtil().types.isMap(inspectOptions) ? inspectOptions :
      new Map([[stdout, inspectOptions], [stderr, inspectOptions]]);
    for (const streamOptions of MapPrototypeValues(optionsByStream)) {
      if (streamOptions.colors !== undefined && options.colorMode !== undefined) {
        throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('options.inspectOptions.color', 'colorMode');
      }
    }
  }

  // Bound from the instance, not the prototype, so that a subclass's
  // overrides are the methods bound.
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    this[key] = FunctionPrototypeBind(this[key], this);
    ObjectDefineProperty(this[key], 'name', { __proto__: null, value: key });
  }
  initConsole(this, new ConsoleState(stdout, stderr, ignoreErrors, colorMode,
    groupIndentation, optionsByStream));
}

const kHidden = { __proto__: null, writable: true, enumerable: false, configurable: true };

// Node's consoles also carry _stdout, _stderr, _stdoutErrorHandler,
// _stderrErrorHandler, _ignoreErrors and _times, not enumerable; code
// written for Node reads (and sets) some of them, _stdout above all, so
// they are here too, as views of the state.
function initConsole(console, state) {
  WeakMapPrototypeSet(states, console, state);
  const hidden = (name, get, set) => {
    ObjectDefineProperty(console, name, { __proto__: null, enumerable: false, configurable: true, get, set });
  };
  hidden('_stdout', () => streamOf(state, true), (value) => { state.stdout = value; });
  hidden('_stderr', () => streamOf(state, false), (value) => { state.stderr = value; });
  ObjectDefineProperty(console, '_stdoutErrorHandler', { __proto__: null, ...kHidden, value: state.stdoutErrorHandler });
  ObjectDefineProperty(console, '_stderrErrorHandler', { __proto__: null, ...kHidden, value: state.stderrErrorHandler });
  hidden('_ignoreErrors', () => state.ignoreErrors, (value) => { state.ignoreErrors = value; });
  hidden('_times', () => state.times, (value) => { state.times = value; });
  ObjectDefineProperty(console, kIsConsole, { __proto__: null, ...kHidden, value: true });
  ObjectDefineProperty(console, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

ObjectDefineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance !== null && instance !== undefined && instance[kIsConsole] === true;
  },
});

for (const key of ObjectKeys(consoleMethods)) {
  ObjectDefineProperty(Console.prototype, key, {
    __proto__: null, value: consoleMethods[key], writable: true, enumerable: true, configurable: true,
  });
}

// The global console: a plain object (its prototype an empty one) with the
// methods of Console.prototype bound to it, writing to process.stdout and
// process.stderr, looked up when first written to.
function createGlobalConsole() {
  const console = { __proto__: {} };
  const keys = ObjectKeys(Console.prototype);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const fn = FunctionPrototypeBind(Console.prototype[key], console);
    // Node's global console methods go through the inspector's wrapper,
    // which leaves them all with length 0.
    ObjectDefineProperty(fn, 'name', { __proto__: null, value: key });
    ObjectDefineProperty(fn, 'length', { __proto__: null, value: 0 });
    console[key] = fn;
  }
  initConsole(console, new ConsoleState(undefined, undefined, true, 'auto', undefined, undefined));
  console.Console = Console;
  return console;
}

module.exports = { Console, createGlobalConsole };
