'use strict';
// node:util. inspect, format and their company live in
// internal/util/inspect.js, loaded on first use of any of them, so that a
// program needing only inherits or deprecate does not pay for them.

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function inherits(ctor, superCtor) {
  const { ERR_INVALID_ARG_TYPE } = require('internal/errors').codes;
  if (ctor === undefined || ctor === null) throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const deprecationsWarned = new Set();
function deprecate(fn, msg, code) {
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code === undefined || !deprecationsWarned.has(code)) {
        if (code !== undefined) deprecationsWarned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// The frames of the current call stack, for code that reports where it was
// called from (Node's test harness among others).
function getCallSites(frameCount = 10) {
  const stack = new Error().stack || '';
  const sites = [];
  const lines = stack.split('\n').slice(1);
  for (const frame of lines) {
    const at = frame.lastIndexOf('@');
    const fn = at >= 0 ? frame.slice(0, at) : '';
    const m = /^(.*):(\d+):(\d+)$/.exec(at >= 0 ? frame.slice(at + 1) : frame);
    if (!m) continue;
    sites.push({
      functionName: fn === 'global code' ? '' : fn,
      scriptId: '0',
      scriptName: m[1],
      lineNumber: +m[2],
      column: +m[3],
      columnNumber: +m[3],
    });
    if (sites.length >= frameCount) break;
  }
  return sites;
}

// Node's styleText: the text wrapped in the escape codes of one format or
// of several, outermost first; plain when validateStream is on and the
// stream would not show colors.
function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  const { codes } = require('internal/errors');
  if (typeof text !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('text', 'string', text);
  if (typeof validateStream !== 'boolean') {
    throw new codes.ERR_INVALID_ARG_TYPE('options.validateStream', 'boolean', validateStream);
  }
  let skipColorize = false;
  if (validateStream) {
    if (!isStream(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const colors = lazyInspect().inspect.colors;
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const code = typeof key === 'string' ? colors[key] : undefined;
    if (code === undefined) {
      throw new codes.ERR_INVALID_ARG_VALUE('format', key,
        `must be one of: ${Object.getOwnPropertyNames(colors).map((k) => `'${k}'`).join(', ')}`);
    }
    if (skipColorize) continue;
    left += `\u001b[${code[0]}m`;
    right = `\u001b[${code[1]}m${right}`;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

function isStream(s) {
  if (s === null || typeof s !== 'object') return false;
  if (typeof s.on === 'function' && (typeof s.write === 'function' || typeof s.pipe === 'function')) return true;
  return (typeof ReadableStream === 'function' && s instanceof ReadableStream) ||
    (typeof WritableStream === 'function' && s instanceof WritableStream);
}

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (!stream.isTTY) return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

module.exports = {
  inherits,
  deprecate,
  getCallSites,
  isArray: Array.isArray,
  styleText,
  isDeepStrictEqual(a, b) {
    try {
      require('assert').deepStrictEqual(a, b);
      return true;
    } catch {
      return false;
    }
  },
};

// The members that live in internal/util/inspect.js and internal/util/types.js,
// loaded when first read. Assigning one replaces it, as with any property.
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
lazyExport('format', () => lazyInspect().format);
lazyExport('formatWithOptions', () => lazyInspect().formatWithOptions);
lazyExport('inspect', () => lazyInspect().inspect);
lazyExport('stripVTControlCharacters', () => lazyInspect().stripVTControlCharacters);
lazyExport('types', () => require('internal/util/types').types);
