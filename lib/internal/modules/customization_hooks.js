'use strict';
// Synchronous customization hooks (module.registerHooks), loaded the first
// time a program registers hooks.
// Each require() runs the resolve hooks, last registered first, each handed
// the next one (the default at the end is the loader's resolution, giving a
// file: or node: URL), then, unless the module is cached, the load hooks the
// same way (the default reads the file). A hook that returns without calling
// its next one must say so with `shortCircuit: true`. The loaded source then
// goes to the extension handler in place of the file's text (the "default"
// steps are the loader's own resolution and file reading).
//
// bind() receives the loader's internals (internal/modules/cjs/loader) and
// returns the entry points it calls while hooks are registered.

function bind(L) {
  const {
    Module, hookChain, hookedSources, getConditions, builtins, updateChildren,
    exportsForCircularRequire, loadBuiltin, fsBinding, relativeResolveCache, codes,
  } = L;

  let urlModule;
  const url = () => (urlModule ??= require('internal/url'));

  class ModuleHooks {
    constructor(resolve, load) {
      this.resolve = resolve;
      this.load = load;
    }
    deregister() {
      const i = hookChain.indexOf(this);
      if (i !== -1) hookChain.splice(i, 1);
    }
  }

  function registerHooks(hooks) {
    const { resolve, load } = hooks;
    const { validateFunction } = require('internal/validators');
    if (resolve !== undefined) validateFunction(resolve, 'hooks.resolve');
    if (load !== undefined) validateFunction(load, 'hooks.load');
    const registered = new ModuleHooks(resolve, load);
    hookChain.push(registered);
    return registered;
  }

  class ModuleResolveContext {
    constructor(parentURL, importAttributes, conditions) {
      this.parentURL = parentURL;
      this.importAttributes = importAttributes;
      this.conditions = conditions;
    }
  }

  class ModuleLoadContext {
    constructor(format, importAttributes, conditions) {
      this.format = format;
      this.importAttributes = importAttributes;
      this.conditions = conditions;
    }
  }

  function invalidReturn(expected, hook, prop, value) {
    return new (codes().ERR_INVALID_RETURN_PROPERTY_VALUE)(expected, hook, prop, value);
  }

  // Runs hooks[i] (walking down to the default) for one step of the chain.
  // `merge` folds a partial context given to next*() into the one it had.
  function runChain(kind, hooks, i, input, context, last, validate) {
    if (i < 0) return last(input, context);
    const hook = hooks[i][kind];
    if (hook === undefined) return runChain(kind, hooks, i - 1, input, context, last, validate);
    let calledNext = false;
    const next = (nextInput, nextContext) => {
      calledNext = true;
      const merged = nextContext === undefined || nextContext === null ? context :
        Object.assign(Object.create(Object.getPrototypeOf(context)), context, nextContext);
      return runChain(kind, hooks, i - 1, nextInput, merged, last, validate);
    };
    const result = Reflect.apply(hook, undefined, [input, context, next]);
    if (!calledNext && result.shortCircuit !== true) {
      throw invalidReturn('true', kind, 'shortCircuit', result.shortCircuit);
    }
    validate(result);
    return result;
  }

  function validateResolved(result) {
    if (typeof result?.url !== 'string') throw invalidReturn('a URL string', 'resolve', 'url', result?.url);
    if (result.format !== undefined && result.format !== null && typeof result.format !== 'string') {
      throw invalidReturn('a string', 'resolve', 'format', result.format);
    }
  }

  function validateLoaded(result) {
    if (result.format !== undefined && result.format !== null && typeof result.format !== 'string') {
      throw invalidReturn('a string', 'load', 'format', result.format);
    }
    if (result.format === 'builtin') return;
    const source = result.source;
    if (typeof source !== 'string' && !(source instanceof ArrayBuffer) && !ArrayBuffer.isView(source)) {
      throw invalidReturn('a string, an ArrayBuffer, or a TypedArray', 'load', 'source', source);
    }
  }

  function urlToFilename(u) {
    if (u.startsWith('file:')) return url().fileURLToPath(u);
    return u;
  }

  // The resolve chain for a require() or require.resolve() from `parent`.
  // Also returns the file name the default step found for the URL it gave
  // (require.resolve() answers with that name while the URL is unchanged).
  function resolveWithHooks(hooks, request, parent, isMain, options) {
    const parentURL = parent && parent.filename ? url().pathToFileURL(parent.filename).href : undefined;
    let defaultURL;
    let defaultFilename;
    const resolved = runChain('resolve', hooks, hooks.length - 1, request,
      new ModuleResolveContext(parentURL, undefined, [...getConditions()]),
      (specifier, context) => {
        const filename = Module._resolveFilename(specifier, parent, isMain, options);
        let result;
        if (builtins.canBeRequired(filename)) {
          const scheme = filename.startsWith('node:');
          result = { __proto__: null, url: scheme ? filename : `node:${filename}`,
            format: scheme ? 'builtin' : undefined, importAttributes: context.importAttributes };
        } else {
          result = { __proto__: null, url: url().pathToFileURL(filename).href, format: undefined,
            importAttributes: context.importAttributes };
        }
        defaultURL = result.url;
        defaultFilename = filename;
        return result;
      }, validateResolved);
    return { resolved, defaultURL, defaultFilename };
  }

  // require.resolve() while hooks are registered.
  function resolveFilenameWithHooks(request, parent, options) {
    const { resolved, defaultURL, defaultFilename } = resolveWithHooks(hookChain.slice(), request, parent, false, options);
    const u = resolved.url;
    if (u === defaultURL) return defaultFilename;
    if (u.startsWith('node:')) return u.slice(5);
    return urlToFilename(u);
  }

  function loadWithHooks(request, parent, isMain, relCacheId) {
    const hooks = hookChain.slice();
    const conditions = [...getConditions()];
    const { resolved } = resolveWithHooks(hooks, request, parent, isMain, undefined);

    const resolvedURL = resolved.url;
    const isBuiltinURL = resolvedURL.startsWith('node:');
    const filename = isBuiltinURL ? resolvedURL : urlToFilename(resolvedURL);
    if (!isBuiltinURL) {
      const cached = Module._cache[filename];
      if (cached !== undefined) {
        updateChildren(parent, cached, true);
        return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
      }
    }

    const loaded = runChain('load', hooks, hooks.length - 1, resolvedURL,
      new ModuleLoadContext(resolved.format ?? (isBuiltinURL ? 'builtin' : undefined), undefined, conditions),
      (u, context) => {
        if (u.startsWith('node:')) {
          if (!builtins.canBeRequiredByUsers(u.slice(5))) throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(u);
          return { source: null, format: 'builtin' };
        }
        return { source: fsBinding.readFileUtf8(urlToFilename(u)), format: context.format };
      }, validateLoaded);

    if (loaded.format === 'builtin') {
      // The engine's own builtin: a source a hook gave for it is not used.
      return loadBuiltin(isBuiltinURL ? resolvedURL.slice(5) : filename);
    }

    let source = loaded.source;
    if (typeof source !== 'string') {
      const { Buffer } = require('buffer');
      source = ArrayBuffer.isView(source) ?
        Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('utf8') :
        Buffer.from(source).toString('utf8');
    }
    const module = new Module(filename, parent);
    if (isMain) {
      process.mainModule = module;
      module.id = '.';
    }
    hookedSources.set(module, { source, format: loaded.format });
    // A builtin replaced by a hook is not cached under the builtin's name.
    if (!isBuiltinURL) {
      Module._cache[filename] = module;
      if (relCacheId !== undefined) relativeResolveCache[relCacheId] = filename;
    }
    let threw = true;
    try {
      module.load(filename);
      threw = false;
    } finally {
      hookedSources.delete(module);
      if (threw) {
        if (!isBuiltinURL) {
          delete Module._cache[filename];
          if (relCacheId !== undefined) delete relativeResolveCache[relCacheId];
        }
        const children = parent && parent.children;
        if (Array.isArray(children)) {
          const i = children.indexOf(module);
          if (i !== -1) children.splice(i, 1);
        }
      }
    }
    return module.exports;
  }

  // An import by the ES module loader while hooks are registered: the same
  // chains, ending in the ES module loader's own steps (esm/loader.js).
  function resolveForImport(specifier, parentURL, importAttributes, defaultResolve) {
    const hooks = hookChain.slice();
    return runChain('resolve', hooks, hooks.length - 1, specifier,
      new ModuleResolveContext(parentURL, importAttributes, [...getConditions()]), defaultResolve, validateResolved);
  }

  function loadForImport(url, format, importAttributes, defaultLoad) {
    const hooks = hookChain.slice();
    return runChain('load', hooks, hooks.length - 1, url,
      new ModuleLoadContext(format, importAttributes, [...getConditions()]), defaultLoad, validateLoaded);
  }

  return { registerHooks, loadWithHooks, resolveFilenameWithHooks, resolveForImport, loadForImport };
}

module.exports = { bind };
