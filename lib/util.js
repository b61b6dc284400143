'use strict';
// node:util. format and inspect cover the common shapes of values here;
// byte-for-byte parity with Node's inspect for every kind of value is the
// work of its own issue (see docs/compat.md).

const { convertStack, errorHeader } = require('internal/stack');

const kCustom = Symbol.for('nodejs.util.inspect.custom');
const { hasOwnProperty } = Object.prototype;
const objectToString = Object.prototype.toString;

const inspectDefaults = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
};

function quoteString(s) {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === quote || c === '\\') out += `\\${c}`;
    else if (c === '\n') out += '\\n';
    else if (c === '\t') out += '\\t';
    else if (c === '\r') out += '\\r';
    else if (c === '\b') out += '\\b';
    else if (c === '\f') out += '\\f';
    else if (c === '\v') out += '\\v';
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).padStart(2, '0').toUpperCase()}`;
    else out += c;
  }
  return `${quote}${out}${quote}`;
}

const identRe = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(key) {
  if (typeof key === 'symbol') return `[${key.toString()}]`;
  if (identRe.test(key)) return key;
  return quoteString(key);
}

function formatPrimitive(v, ctx) {
  switch (typeof v) {
    case 'string': {
      let s = v;
      let extra = '';
      if (s.length > ctx.maxStringLength) {
        extra = `... ${s.length - ctx.maxStringLength} more character${s.length - ctx.maxStringLength > 1 ? 's' : ''}`;
        s = s.slice(0, ctx.maxStringLength);
      }
      return quoteString(s) + extra;
    }
    case 'number': return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint': return `${v}n`;
    case 'boolean': return String(v);
    case 'undefined': return 'undefined';
    case 'symbol': return v.toString();
    default: return String(v);
  }
}

function constructorName(obj) {
  let o = obj;
  while (o !== null) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
    o = Object.getPrototypeOf(o);
  }
  return null;
}

function isError(v) {
  return v instanceof Error || objectToString.call(v) === '[object Error]';
}

function formatError(err, ctx) {
  let text = require('internal/stack').nodeStack(err);
  if (typeof text !== 'string' || text === '') text = `[${errorHeader(err)}]`;
  if (ctx.indent) text = text.split('\n').join(`\n${ctx.indent}`);
  return text;
}

function functionBase(fn) {
  const src = Function.prototype.toString.call(fn);
  if (src.startsWith('class') && /^class\b/.test(src)) {
    return `[class ${fn.name || '(anonymous)'}]`;
  }
  let type = 'Function';
  const ctorName = constructorName(fn);
  if (ctorName === 'AsyncFunction') type = 'AsyncFunction';
  else if (ctorName === 'GeneratorFunction') type = 'GeneratorFunction';
  else if (ctorName === 'AsyncGeneratorFunction') type = 'AsyncGeneratorFunction';
  return fn.name ? `[${type}: ${fn.name}]` : `[${type} (anonymous)]`;
}

function ownKeys(obj, ctx) {
  const keys = ctx.showHidden ? Object.getOwnPropertyNames(obj) : Object.keys(obj);
  const syms = Object.getOwnPropertySymbols(obj);
  for (const s of syms) {
    if (ctx.showHidden || Object.prototype.propertyIsEnumerable.call(obj, s)) keys.push(s);
  }
  if (ctx.sorted) keys.sort();
  return keys;
}

function formatProperty(obj, key, ctx, depth, isArray) {
  const desc = Object.getOwnPropertyDescriptor(obj, key) || { value: obj[key], enumerable: true };
  let str;
  if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
    ctx.indent += '  ';
    str = formatValue(desc.value, ctx, depth + 1);
    ctx.indent = ctx.indent.slice(2);
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else {
    str = desc.set !== undefined ? '[Setter]' : 'undefined';
  }
  if (isArray && typeof key === 'string' && /^\d+$/.test(key)) return str;
  const name = desc.enumerable === false ? `[${formatKey(key)}]` : formatKey(key);
  return `${name}: ${str}`;
}

function reduce(start, entries, end, ctx, braces) {
  if (entries.length === 0) return braces ? `${start}${end}` : `${start}${end}`;
  let total = start.length + end.length + entries.length;
  let multiline = false;
  for (const e of entries) {
    total += e.length;
    if (e.includes('\n')) multiline = true;
  }
  if (!multiline && total + ctx.indent.length <= ctx.breakLength) {
    return `${start} ${entries.join(', ')} ${end}`;
  }
  const ind = `\n${ctx.indent}  `;
  return `${start}${ind}${entries.join(`,${ind}`)}\n${ctx.indent}${end}`;
}

function formatValue(v, ctx, depth) {
  if (v === null) return 'null';
  if (typeof v !== 'object' && typeof v !== 'function') return formatPrimitive(v, ctx);

  if (ctx.customInspect) {
    let custom;
    try {
      custom = v[kCustom];
    } catch {
      custom = undefined;
    }
    if (typeof custom === 'function' && custom !== inspect) {
      const opts = { ...ctx, depth: ctx.depth === null ? null : ctx.depth - depth, stylize: (s) => s };
      const r = custom.call(v, opts.depth, opts, inspect);
      if (r !== v) return typeof r === 'string' ? r : formatValue(r, ctx, depth);
    }
  }

  if (ctx.seen.includes(v)) {
    let idx = ctx.circular.get(v);
    if (idx === undefined) {
      idx = ctx.circular.size + 1;
      ctx.circular.set(v, idx);
    }
    return `[Circular *${idx}]`;
  }

  const ctorName = constructorName(v);
  const prefixFor = (fallback) => {
    if (ctorName === null) return `[${fallback}: null prototype] `;
    return ctorName === fallback ? '' : `${ctorName} `;
  };

  let base = '';
  let braces = ['{', '}'];
  let entries = [];
  let keys;
  let isArray = false;

  if (typeof v === 'function') {
    base = functionBase(v);
    keys = ownKeys(v, ctx).filter((k) => k !== 'prototype' || ctx.showHidden);
    if (keys.length === 0) return base;
  } else if (Array.isArray(v)) {
    isArray = true;
    const prefix = ctorName === 'Array' ? '' : (ctorName === null ? '[Array(' + v.length + '): null prototype] ' : `${ctorName}(${v.length}) `);
    braces = [`${prefix}[`, ']'];
    keys = ownKeys(v, ctx).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k) || false);
    keys = keys.filter((k) => k !== 'length');
  } else if (isError(v)) {
    base = formatError(v, ctx);
    keys = ownKeys(v, ctx).filter((k) => k !== 'stack' && k !== 'message' &&
      k !== 'line' && k !== 'column' && k !== 'sourceURL');
    if (keys.length === 0) return base;
  } else if (v instanceof Map) {
    braces = [`${prefixFor('Map')}Map(${v.size}) {`.replace(/^Map Map/, 'Map'), '}'];
    if (ctorName === 'Map') braces[0] = `Map(${v.size}) {`;
    keys = ownKeys(v, ctx);
  } else if (v instanceof Set) {
    braces = [ctorName === 'Set' ? `Set(${v.size}) {` : `${ctorName} [Set](${v.size}) {`, '}'];
    keys = ownKeys(v, ctx);
  } else if (v instanceof Date) {
    base = Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
    keys = ownKeys(v, ctx);
    if (keys.length === 0) return base;
  } else if (v instanceof RegExp) {
    base = RegExp.prototype.toString.call(v);
    keys = ownKeys(v, ctx).filter((k) => k !== 'lastIndex');
    if (keys.length === 0) return base;
  } else if (ArrayBuffer.isView(v) && !(v instanceof DataView)) {
    isArray = true;
    braces = [`${ctorName || 'TypedArray'}(${v.length}) [`, ']'];
    keys = ownKeys(v, ctx).filter((k) => typeof k !== 'string' || !/^\d+$/.test(k));
  } else if (v instanceof Promise) {
    braces = ['Promise {', '}'];
    keys = ownKeys(v, ctx);
    entries.push('<unknown>');
  } else if (v instanceof WeakMap || v instanceof WeakSet) {
    return `${v instanceof WeakMap ? 'WeakMap' : 'WeakSet'} { <items unknown> }`;
  } else if (v instanceof Number || v instanceof String || v instanceof Boolean) {
    const prim = v.valueOf();
    const type = typeof prim === 'string' ? 'String' : typeof prim === 'number' ? 'Number' : 'Boolean';
    base = `[${type}: ${formatPrimitive(prim, ctx)}]`;
    keys = ownKeys(v, ctx);
    if (type === 'String') keys = keys.filter((k) => typeof k !== 'string' || !/^\d+$/.test(k) && k !== 'length');
    if (keys.length === 0) return base;
  } else {
    const tag = v[Symbol.toStringTag];
    let prefix = prefixFor('Object');
    if (typeof tag === 'string' && tag !== '' && tag !== ctorName) {
      prefix = `${ctorName === null ? '[Object: null prototype]' : (ctorName || 'Object')} [${tag}] `;
    }
    if (prefix === 'Object ') prefix = '';
    braces = [`${prefix}{`, '}'];
    keys = ownKeys(v, ctx);
  }

  if (ctx.depth !== null && depth > ctx.depth) {
    if (isArray) return '[Array]';
    return `[${ctorName || 'Object'}]`;
  }

  ctx.seen.push(v);
  ctx.indent += '';
  if (isArray) {
    const max = Math.min(v.length, ctx.maxArrayLength);
    let holes = 0;
    for (let i = 0; i < max; i++) {
      if (!hasOwnProperty.call(v, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      }
      ctx.indent += '  ';
      entries.push(formatValue(v[i], ctx, depth + 1));
      ctx.indent = ctx.indent.slice(2);
    }
    if (holes > 0) entries.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    if (v.length > max) entries.push(`... ${v.length - max} more item${v.length - max > 1 ? 's' : ''}`);
  } else if (v instanceof Map) {
    for (const [k, val] of v) {
      ctx.indent += '  ';
      entries.push(`${formatValue(k, ctx, depth + 1)} => ${formatValue(val, ctx, depth + 1)}`);
      ctx.indent = ctx.indent.slice(2);
    }
  } else if (v instanceof Set) {
    for (const val of v) {
      ctx.indent += '  ';
      entries.push(formatValue(val, ctx, depth + 1));
      ctx.indent = ctx.indent.slice(2);
    }
  }
  for (const k of keys) entries.push(formatProperty(v, k, ctx, depth, isArray));
  ctx.seen.pop();

  let out;
  if (base) {
    if (entries.length === 0) return base;
    out = reduce(`${base} {`, entries, '}', ctx);
  } else {
    out = reduce(braces[0], entries, braces[1], ctx);
  }
  const ref = ctx.circular.get(v);
  if (ref !== undefined) out = `<ref *${ref}> ${out}`;
  return out;
}

function inspect(value, opts) {
  const ctx = { ...inspectDefaults, seen: [], circular: new Map(), indent: '' };
  if (typeof opts === 'boolean') ctx.showHidden = opts;
  else if (opts !== null && typeof opts === 'object') {
    for (const k of Object.keys(opts)) if (k in inspectDefaults) ctx[k] = opts[k];
  }
  if (arguments.length > 2 && arguments[2] !== undefined) ctx.depth = arguments[2];
  if (ctx.depth === Infinity) ctx.depth = null;
  return formatValue(value, ctx, 0);
}
inspect.custom = kCustom;
inspect.defaultOptions = inspectDefaults;

function formatNumber(n) {
  return Object.is(n, -0) ? '-0' : String(n);
}

function format(...args) {
  return formatWithOptions(undefined, ...args);
}

function formatWithOptions(inspectOptions, ...args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let last = 0;
    a = 1;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const c = first[i + 1];
      if (c === '%') {
        str += first.slice(last, i) + '%';
        last = i + 2;
        i++;
        continue;
      }
      if (a >= args.length) continue;
      let rep;
      const arg = args[a];
      switch (c) {
        case 's':
          if (typeof arg === 'number') rep = formatNumber(arg);
          else if (typeof arg === 'bigint') rep = `${arg}n`;
          else if (typeof arg === 'object' && arg !== null) rep = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
          else rep = String(arg);
          break;
        case 'j':
          try {
            rep = JSON.stringify(arg);
          } catch (e) {
            rep = '[Circular]';
          }
          break;
        case 'd':
          if (typeof arg === 'bigint') rep = `${arg}n`;
          else if (typeof arg === 'symbol') rep = 'NaN';
          else rep = formatNumber(Number(arg));
          break;
        case 'i':
          if (typeof arg === 'bigint') rep = `${arg}n`;
          else if (typeof arg === 'symbol') rep = 'NaN';
          else rep = formatNumber(parseInt(arg));
          break;
        case 'f':
          rep = typeof arg === 'symbol' ? 'NaN' : formatNumber(parseFloat(arg));
          break;
        case 'o':
          rep = inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
          break;
        case 'O':
          rep = inspect(arg, inspectOptions);
          break;
        case 'c':
          rep = '';
          break;
        default:
          continue;
      }
      str += first.slice(last, i) + rep;
      last = i + 2;
      i++;
      a++;
    }
    str += first.slice(last);
    join = ' ';
  }
  for (; a < args.length; a++) {
    const v = args[a];
    str += join + (typeof v === 'string' ? v : inspect(v, inspectOptions));
    join = ' ';
  }
  return str;
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

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  deprecate,
  getCallSites,
  isArray: Array.isArray,
  isDeepStrictEqual(a, b) {
    try {
      require('assert').deepStrictEqual(a, b);
      return true;
    } catch {
      return false;
    }
  },
};
