'use strict';
// node:util. inspect and its company live in internal/util/inspect.js,
// loaded on first use: a program that only logs strings, or needs only
// inherits or deprecate, does not pay for them. format is here for that
// reason: it needs inspect only for what is not a string.

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// ---- format --------------------------------------------------------------------

const { slice: sliceFn, charCodeAt: charCodeAtFn, indexOf: indexOfFn } = String.prototype;
const StringPrototypeSlice = (s, a, b) => sliceFn.call(s, a, b);
const StringPrototypeIndexOf = (s, v) => indexOfFn.call(s, v);
const StringPrototypeCharCodeAt = (s, i) => charCodeAtFn.call(s, i);
const ObjectIs = Object.is;
const NumberCtor = Number;
const NumberParseInt = Number.parseInt;
const NumberParseFloat = Number.parseFloat;
const StringCtor = String;
const JSONStringify = JSON.stringify;

const stylizeNoColor = (str) => str;

// A number or bigint as %d, %i, %f and %s print it: with numeric
// separators when the options (or, without one, util.inspect's defaults)
// ask for them. Only then is the inspect module loaded.
function formatNumber(n, separator) {
  if (!separator) return ObjectIs(n, -0) ? '-0' : `${n}`;
  return lazyInspect().formatNumber(stylizeNoColor, n, true);
}

function formatBigInt(n, separator) {
  if (!separator) return `${n}n`;
  return lazyInspect().formatBigInt(stylizeNoColor, n, true);
}

function separatorOption(inspectOptions) {
  const own = inspectOptions === undefined ? undefined : inspectOptions.numericSeparator;
  if (own !== undefined) return own;
  return inspectModule !== undefined && inspectModule.inspectDefaultOptions.numericSeparator;
}

function firstLine(str) {
  const nl = StringPrototypeIndexOf(str, '\n');
  return nl === -1 ? str : StringPrototypeSlice(str, 0, nl);
}

let circularErrorMessage;

// %j: JSON, or '[Circular]' for a cycle (any other error is thrown).
function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    // The engine's words for a cycle, learnt from a cycle.
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstLine(`${circularError.message}`);
      }
    }
    if (err !== null && typeof err === 'object' && err.name === 'TypeError' &&
        firstLine(`${err.message}`) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function inspectWith(value, options) {
  return lazyInspect().inspect(value, options);
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    // util.inspect.defaultOptions can only have been changed once inspect
    // is loaded.
    const separator = separatorOption(inspectOptions);
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (StringPrototypeCharCodeAt(first, i) !== 37) continue; // '%'
      const nextChar = StringPrototypeCharCodeAt(first, ++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const tempArg = args[++a];
            if (typeof tempArg === 'number') {
              tempStr = formatNumber(tempArg, separator);
            } else if (typeof tempArg === 'bigint') {
              tempStr = formatBigInt(tempArg, separator);
            } else if (typeof tempArg !== 'object' || tempArg === null ||
                       !lazyInspect().hasBuiltInToString(tempArg)) {
              tempStr = StringCtor(tempArg);
            } else {
              tempStr = inspectWith(tempArg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const tempNum = args[++a];
            if (typeof tempNum === 'bigint') tempStr = formatBigInt(tempNum, separator);
            else if (typeof tempNum === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(NumberCtor(tempNum), separator);
            break;
          }
          case 79: // 'O'
            tempStr = inspectWith(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspectWith(args[++a], { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
            break;
          case 105: { // 'i'
            const tempInteger = args[++a];
            if (typeof tempInteger === 'bigint') tempStr = formatBigInt(tempInteger, separator);
            else if (typeof tempInteger === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(NumberParseInt(tempInteger), separator);
            break;
          }
          case 102: { // 'f'
            const tempFloat = args[++a];
            if (typeof tempFloat === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(NumberParseFloat(tempFloat), separator);
            break;
          }
          case 99: // 'c': CSS, which a terminal cannot show
            a += 1;
            tempStr = '';
            break;
          case 37: // '%'
            str += StringPrototypeSlice(first, lastPos, i);
            lastPos = i + 1;
            continue;
          default: // not a placeholder
            continue;
        }
        if (lastPos !== i - 1) str += StringPrototypeSlice(first, lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += StringPrototypeSlice(first, lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += StringPrototypeSlice(first, lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspectWith(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
    throw new ERR_INVALID_ARG_TYPE('inspectOptions', 'Object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

// ---- the rest ----------------------------------------------------------------

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecationsWarned = new Set();
// The wrapper takes fn's length and, unless options.modifyPrototype is
// false, fn as its prototype and fn.prototype as its own, so that it still
// reads as fn and `new` of either makes instances of both.
function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
  if (code !== undefined) require('internal/validators').validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !deprecationsWarned.has(code)) {
        if (code !== undefined) deprecationsWarned.add(code);
        // The warning's stack starts at the caller of the deprecated
        // function, as in Node (what --trace-deprecation and
        // --throw-deprecation show).
        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  if (modifyPrototype) {
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      __proto__: null,
      ...Object.getOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

// The frames of the current call stack, above this function, from the raw
// capture that err.stack is made of and the one frame parser kiln has.
// Node's test harness calls it from functions that stand in for patched
// builtins, so it uses no iterator and no method of the user's reach.
const { split: splitFn } = String.prototype;
const { get: weakMapGetFn } = WeakMap.prototype;
const ErrorCaptureStackTrace = Error.captureStackTrace;

// getCallSites([frameCount][, options]): options may come first. With
// options.sourceMap (by default, whether --enable-source-maps is on) each
// frame of a file with a source map is shown at its original place.
function getCallSites(frameCount = 10, options = undefined) {
  if (options === undefined && typeof frameCount === 'object') {
    options = frameCount;
    frameCount = 10;
  }
  const validators = require('internal/validators');
  if (options !== undefined) {
    validators.validateObject(options, 'options');
    if (options.sourceMap !== undefined) validators.validateBoolean(options.sourceMap, 'options.sourceMap');
  }
  validators.validateInteger(frameCount, 'frameCount', 1, 200);
  // Captured here, not in a helper: the engine counts a helper's frame
  // against the limit even though it is cut from the trace.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frameCount;
  const holder = {};
  try {
    ErrorCaptureStackTrace(holder, getCallSites);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const sites = callSitesOf(holder);
  if (options?.sourceMap ?? process.sourceMapsEnabled) return mapCallSites(sites);
  return sites;
}

function mapCallSites(sites) {
  const { findSourceMap } = require('module');
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const map = findSourceMap(site.scriptName);
    if (map === undefined) continue;
    const entry = map.findEntry(site.lineNumber - 1, site.columnNumber - 1);
    if (entry.originalSource === undefined) continue;
    site.scriptName = entry.originalSource;
    site.lineNumber = entry.originalLine + 1;
    site.columnNumber = entry.originalColumn + 1;
    site.column = entry.originalColumn + 1;
  }
  return sites;
}

function callSitesOf(holder) {
  const { rawStacks } = require('internal/error_stacks');
  const { parseFrame } = require('internal/stack');
  const raw = weakMapGetFn.call(rawStacks, holder) || '';
  const frames = raw === '' ? [] : splitFn.call(raw, '\n');
  const sites = [];
  for (let i = 0; i < frames.length; i++) {
    const f = parseFrame(frames[i]);
    if (f.native || f.line === null) continue;
    sites[sites.length] = {
      __proto__: null,
      functionName: f.fn === 'Object.<anonymous>' ? '' : f.fn,
      scriptId: '0',
      scriptName: f.file,
      lineNumber: f.line,
      columnNumber: f.col,
      column: f.col,
    };
  }
  return sites;
}

// The plain members, and (lazyExport below) the members that live in
// other modules, loaded when first read; all defined in Node's order of
// the keys, which Object.keys(util) lists.
const plain = {
  format,
  formatWithOptions,
  inherits,
  deprecate,
  getCallSites,
  isArray: Array.isArray,
  // skipPrototype (Node 24): objects with different prototypes may still
  // be equal, as with an Assert made with { skipPrototype: true }.
  // The comparison alone: a failed assert.deepStrictEqual would build a
  // diff of both values first.
  isDeepStrictEqual(a, b, skipPrototype) {
    return require('internal/util/comparisons').isDeepStrictEqual(a, b, !!skipPrototype);
  },
};
const misc = () => require('internal/util/misc');
const lazy = {
  __proto__: null,
  _errnoException: () => misc().errnoException,
  _exceptionWithHostPort: () => misc().exceptionWithHostPort,
  _extend: () => deprecate(misc().extend, 'The `util._extend` API is deprecated. Please use Object.assign() instead.',
                           'DEP0060'),
  callbackify: () => require('internal/util/promisify').callbackify,
  convertProcessSignalToExitCode: () => misc().convertProcessSignalToExitCode,
  debug: () => require('internal/util/debuglog').debuglog,
  debuglog: () => require('internal/util/debuglog').debuglog,
  styleText: () => misc().styleText,
  getSystemErrorMap: () => misc().getSystemErrorMap,
  getSystemErrorName: () => misc().getSystemErrorName,
  getSystemErrorMessage: () => misc().getSystemErrorMessage,
  inspect: () => lazyInspect().inspect,
  promisify: () => require('internal/util/promisify').promisify,
  stripVTControlCharacters: () => misc().stripVTControlCharacters,
  toUSVString: () => misc().toUSVString,
  transferableAbortSignal: () => misc().transferableAbortSignal,
  transferableAbortController: () => misc().transferableAbortController,
  aborted: () => misc().aborted,
  types: () => require('internal/util/types').types,
  parseEnv: () => function parseEnv(content) {
    require('internal/validators').validateString(content, 'content');
    return require('internal/util/dotenv').parseEnvContent(content);
  },
  parseArgs: () => require('internal/util/parse_args').parseArgs,
  TextDecoder: () => require('internal/encoding').TextDecoder,
  TextEncoder: () => require('internal/encoding').TextEncoder,
  MIMEType: () => require('internal/mime').MIMEType,
  MIMEParams: () => require('internal/mime').MIMEParams,
  diff: () => require('internal/util/diff').diff,
  setTraceSigInt: () => require('internal/util/trace_sigint').setTraceSigInt,
};

// Assigning a lazy member replaces it, as with any property.
function lazyExport(name, get) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = get();
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, { value, writable: true, configurable: true, enumerable: true });
    },
  });
}

for (const name of ['_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify',
  'convertProcessSignalToExitCode', 'debug', 'debuglog', 'deprecate', 'format', 'styleText',
  'formatWithOptions', 'getCallSites', 'getSystemErrorMap', 'getSystemErrorName', 'getSystemErrorMessage',
  'inherits', 'inspect', 'isArray', 'isDeepStrictEqual', 'promisify', 'stripVTControlCharacters',
  'toUSVString', 'transferableAbortSignal', 'transferableAbortController', 'aborted', 'types', 'parseEnv',
  'parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams', 'diff', 'setTraceSigInt']) {
  if (name in lazy) lazyExport(name, lazy[name]);
  else module.exports[name] = plain[name];
}
