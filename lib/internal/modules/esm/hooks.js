'use strict';
// Asynchronous customization hooks of the ES module loader: module.register()
// and --experimental-loader. Node runs them on a thread of their own; kiln
// has no threads for JavaScript, so they run on the main thread, and an
// import() or a static import graph loaded while hooks are registered awaits
// them (loader.js, loadGraphHooked). register() loads the hooks module at
// once (synchronously when it has no top-level await) and calls its
// initialize(data); resolve(specifier, context, nextResolve) and
// load(url, context, nextLoad) chain, last registered first, down to the
// default steps below.

const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_INVALID_RETURN_PROPERTY_VALUE,
  ERR_INVALID_RETURN_VALUE,
  ERR_LOADER_CHAIN_INCOMPLETE,
  ERR_UNKNOWN_MODULE_FORMAT,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
} = codes;

const chain = []; // { id, resolve, load }
let ready = Promise.resolve(); // registrations whose module is still evaluating
let pending = 0;

let loaderModule;
const loader = () => (loaderModule ??= require('internal/modules/esm/loader'));
const resolver = () => require('internal/modules/esm/resolve');

function active() {
  return chain.length > 0 || pending > 0;
}

function whenReady() {
  return ready;
}

// module.register(specifier[, parentURL][, options])
function register(specifier, parentURL = undefined, options = undefined) {
  if (parentURL !== null && typeof parentURL === 'object' && !isURL(parentURL)) {
    options = parentURL;
    parentURL = options.parentURL;
  }
  if (typeof specifier !== 'string' && !isURL(specifier)) {
    throw new ERR_INVALID_ARG_TYPE('specifier', ['string', 'URL'], specifier);
  }
  parentURL = parentURL === undefined || parentURL === null ? 'data:' : `${parentURL}`;
  addHooks(`${specifier}`, parentURL, options?.data, `${specifier}`);
}

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string';
}

function addHooks(specifier, parentURL, data, id) {
  loader().useHooks(module.exports);
  const install = (ns) => {
    const hooks = { id, resolve: undefined, load: undefined };
    if (typeof ns.resolve === 'function') hooks.resolve = ns.resolve;
    if (typeof ns.load === 'function') hooks.load = ns.load;
    const init = typeof ns.initialize === 'function' ? Reflect.apply(ns.initialize, undefined, [data]) : undefined;
    chain.push(hooks);
    return init;
  };
  if (active()) {
    // Loaded through the hooks registered before it (their registrations
    // finished first): Node resolves a hooks module with the earlier ones.
    const prev = ready;
    wait(prev.then(() => loader().importHooksModuleHooked(specifier, parentURL)).then(install), true);
    return;
  }
  const { namespace, promise } = loader().loadHooksModule(specifier, parentURL);
  if (namespace !== undefined) {
    const init = install(namespace);
    if (init !== null && typeof init === 'object' && typeof init.then === 'function') wait(init);
    return;
  }
  wait(promise.then(install));
}

// Adds promise to what hooked loading waits for (`chained`: it waited for
// the earlier ones itself).
function wait(promise, chained = false) {
  pending++;
  const done = () => {
    pending--;
  };
  ready = (chained ? promise : ready.then(() => promise)).then(done, (err) => {
    done();
    throw err;
  });
  ready.catch(() => {});
}

// --experimental-loader / --loader, relative to the current directory,
// registered once before the first module loads.
let flagsApplied = false;
function applyLoaderFlags() {
  if (flagsApplied) return;
  flagsApplied = true;
  const argv = natives.execArgv;
  const specifiers = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '--experimental-loader' || a === '--loader') && i + 1 < argv.length) specifiers.push(argv[++i]);
    else if (a.startsWith('--experimental-loader=')) specifiers.push(a.slice(22));
    else if (a.startsWith('--loader=')) specifiers.push(a.slice(9));
  }
  if (specifiers.length === 0) return;
  const { pathToFileURL } = require('internal/url');
  const parentURL = `${pathToFileURL(process.cwd()).href}/`;
  process.emitWarning('`--experimental-loader` may be removed in the future; instead use `register()`:\n' +
    `--import 'data:text/javascript,import { register } from "node:module"; import { pathToFileURL } from "node:url"; ${
      specifiers.map((s) => `register(${JSON.stringify(s)}, pathToFileURL("./"));`).join(' ')}'`,
  'ExperimentalWarning');
  for (let i = 0; i < specifiers.length; i++) addHooks(specifiers[i], parentURL, undefined, specifiers[i]);
}

// `importAssertions`, the old name of `importAttributes`, still works in a
// hook's context and results, with a warning.
let assertionsWarned = false;
function warnAssertions() {
  if (assertionsWarned) return;
  assertionsWarned = true;
  process.emitWarning('Use `importAttributes` instead of `importAssertions`', 'ExperimentalWarning');
}
function withAssertions(context) {
  Object.defineProperty(context, 'importAssertions', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() {
      warnAssertions();
      return this.importAttributes;
    },
    set(value) {
      warnAssertions();
      this.importAttributes = value;
    },
  });
  return context;
}
function takeAssertions(object) {
  if (object.importAttributes === undefined && object.importAssertions !== undefined) {
    warnAssertions();
    return object.importAssertions;
  }
  return object.importAttributes;
}

// Runs hooks[i]'s `kind` hook (or, below the first, the default step).
async function runChain(kind, hooks, i, input, context, last) {
  if (i < 0) return last(input, context);
  const h = hooks[i];
  const fn = h[kind];
  if (fn === undefined) return runChain(kind, hooks, i - 1, input, context, last);
  const nextName = kind === 'resolve' ? 'nextResolve' : 'nextLoad';
  let calledNext = false;
  const next = async function next(nextInput, nextContext) {
    calledNext = true;
    // (errors name the hook next() calls: the next one down, or Node's own)
    let j = i - 1;
    while (j >= 0 && hooks[j][kind] === undefined) j--;
    const callee = `${j >= 0 ? hooks[j].id : `node:internal/modules/esm/${kind}`} '${kind}' hook's ${nextName}()`;
    if (kind === 'resolve') {
      if (typeof nextInput !== 'string') throw new ERR_INVALID_ARG_TYPE(`${callee} specifier`, 'string', nextInput);
    } else {
      if (typeof nextInput !== 'string') throw new ERR_INVALID_ARG_TYPE(`${callee} url`, 'a URL string', nextInput);
      try {
        new URL(nextInput);
      } catch {
        throw new ERR_INVALID_ARG_VALUE(`${callee} url`, nextInput, 'should be a URL string');
      }
    }
    let merged = context;
    if (nextContext !== undefined) {
      if (nextContext === null || typeof nextContext !== 'object' || Array.isArray(nextContext)) {
        throw new ERR_INVALID_ARG_TYPE(`${callee} context`, 'object', nextContext);
      }
      merged = withAssertions({ ...context, ...nextContext });
      const own = Object.getOwnPropertyDescriptor(nextContext, 'importAssertions');
      if (own !== undefined && own.enumerable && !Object.hasOwn(nextContext, 'importAttributes')) {
        merged.importAttributes = takeAssertions(nextContext);
      }
    }
    return runChain(kind, hooks, i - 1, nextInput, merged, last);
  };
  Object.defineProperty(next, 'name', { __proto__: null, value: nextName, configurable: true });
  const result = await Reflect.apply(fn, undefined, [input, context, next]);
  const where = `${h.id} '${kind}' hook's ${nextName}()`;
  if (result === null || typeof result !== 'object') throw new ERR_INVALID_RETURN_VALUE('an object', where, result);
  if (!calledNext && result.shortCircuit !== true) throw new ERR_LOADER_CHAIN_INCOMPLETE(`${h.id} '${kind}'`);
  const hookName = `${h.id} '${kind}'`;
  if (kind === 'resolve') {
    if (typeof result.url !== 'string') throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', hookName, 'url', result.url);
    try {
      new URL(result.url);
    } catch {
      throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a URL string', hookName, 'url', result.url);
    }
  }
  const format = result.format;
  if (format !== undefined && format !== null && typeof format !== 'string') {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string', hookName, 'format', format);
  }
  return result;
}

// resolve(specifier, parentURL, attributes) -> { url, format, importAttributes }
async function resolve(specifier, parentURL, importAttributes, forHooks = false) {
  if (!forHooks) await ready;
  const hooks = chain.slice();
  const { getConditions, resolveWithHint } = resolver();
  const attributes = importAttributes ?? { __proto__: null };
  // (a copy: what a hook does to it is not the import's)
  const context = withAssertions({
    conditions: [...getConditions()],
    importAttributes: { ...attributes },
    parentURL,
  });
  const result = await runChain('resolve', hooks, hooks.length - 1, specifier, context, (s, ctx) => {
    // URLs of schemes the default loader cannot load are hooks' business:
    // resolved as URLs, refused (if no hook loads them) by the load step.
    const foreign = foreignURL(s, ctx.parentURL);
    if (foreign !== undefined) return { url: foreign, format: undefined };
    const url = resolveWithHint(s, ctx.parentURL, false);
    return { url, format: defaultFormat(url) };
  });
  return {
    url: result.url,
    format: result.format ?? undefined,
    importAttributes: takeAssertions(result) ?? attributes,
  };
}

const ownSchemes = ['file:', 'data:', 'node:'];
function foreignURL(specifier, parentURL) {
  let url;
  try {
    url = new URL(specifier);
  } catch {
    if (typeof parentURL !== 'string' || ownSchemes.some((p) => parentURL.startsWith(p))) return undefined;
    if (!specifier.startsWith('./') && !specifier.startsWith('../') && !specifier.startsWith('/')) return undefined;
    try {
      url = new URL(specifier, parentURL);
    } catch {
      return undefined;
    }
  }
  return ownSchemes.includes(url.protocol) ? undefined : url.href;
}

function defaultFormat(url) {
  if (url.startsWith('node:')) return undefined;
  try {
    const file = url.startsWith('file:') ? require('internal/url').fileURLToPath(url) : undefined;
    return resolver().formatOf(url, file, undefined);
  } catch {
    return undefined;
  }
}

const formats = ['builtin', 'commonjs', 'json', 'module', 'wasm'];

// load(url, format, attributes) -> { format, source }
async function load(url, format, importAttributes, forHooks = false) {
  if (!forHooks) await ready;
  const hooks = chain.slice();
  const context = withAssertions({ format, importAttributes: importAttributes ?? { __proto__: null } });
  const result = await runChain('load', hooks, hooks.length - 1, url, context, defaultLoad);
  const where = hooks.length > 0 ? `${hooks[hooks.length - 1].id} 'load'` : 'load';
  const fmt = result.format;
  if (!formats.includes(fmt)) throw new ERR_UNKNOWN_MODULE_FORMAT(fmt, url);
  const source = result.source;
  if (fmt !== 'builtin' && !(fmt === 'commonjs' && (source === undefined || source === null)) &&
      typeof source !== 'string' && !(source instanceof ArrayBuffer) && !(source instanceof SharedArrayBuffer) &&
      !ArrayBuffer.isView(source)) {
    throw new ERR_INVALID_RETURN_PROPERTY_VALUE('a string, an ArrayBuffer, or a TypedArray', where, 'source', source);
  }
  return { format: fmt, source };
}

function defaultLoad(url, context) {
  const attributes = context.importAttributes;
  loader().checkAttributeKeys(url, attributes);
  if (url.startsWith('node:')) {
    loader().validateAttributes(url, 'builtin', attributes);
    return { format: 'builtin', source: null };
  }
  const { fileURLToPath } = require('internal/url');
  let source;
  let file;
  if (url.startsWith('data:')) {
    source = Buffer.from(loader().dataURLText(url));
  } else if (url.startsWith('file:')) {
    file = fileURLToPath(url);
    source = require('fs').readFileSync(file);
  } else {
    throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url), ['file', 'data', 'node']);
  }
  let format = context.format || undefined;
  if (format === undefined) format = resolver().formatOf(url, file, `${source}`);
  loader().validateAttributes(url, format, attributes);
  if (format === 'commonjs' && file !== undefined) source = undefined;
  return { format, source };
}

module.exports = { register, applyLoaderFlags, active, whenReady, resolve, load };
