'use strict';
// ES module resolution and formats: the ESM_RESOLVE, PACKAGE_RESOLVE and
// ESM_FILE_FORMAT steps of Node's "Modules: ECMAScript modules" page. Works
// on URL strings ('file:///x/y.mjs', 'node:fs', 'data:...'); the package.json
// "exports"/"imports" matching is shared with the CommonJS loader
// (internal/modules/package_resolve), which works on paths.

const path = require('path');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const packageJson = require('internal/modules/package_json');
const { packageExportsResolve, packageImportsResolve } = require('internal/modules/package_resolve');
const builtins = require('internal/modules/builtins');
const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_MODULE_NOT_FOUND,
  ERR_UNSUPPORTED_DIR_IMPORT,
  ERR_UNSUPPORTED_ESM_URL_SCHEME,
  ERR_UNKNOWN_BUILTIN_MODULE,
  ERR_UNKNOWN_FILE_EXTENSION,
  ERR_UNKNOWN_MODULE_FORMAT,
} = require('internal/errors').codes;

const fsBinding = internalBinding('fs');
const { hasOwnProperty } = Object.prototype;
const execArgv = natives.execArgv;
const preserveSymlinks = execArgv.includes('--preserve-symlinks');
const preserveSymlinksMain = execArgv.includes('--preserve-symlinks-main');

// The conditions of "exports"/"imports" for import: Node 24's defaults
// ("module-sync" because require() of ES modules is on) and --conditions.
let conditions;
function getConditions() {
  if (conditions !== undefined) return conditions;
  conditions = new Set(['node', 'import', 'module-sync', 'node-addons']);
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if ((a === '--conditions' || a === '-C') && i + 1 < execArgv.length) conditions.add(execArgv[++i]);
    else if (a.startsWith('--conditions=')) conditions.add(a.slice(13));
  }
  return conditions;
}

// What a parent URL is called in messages: its path for file: URLs, else
// the URL itself.
function baseName(parentURL) {
  if (parentURL === undefined) return undefined;
  if (parentURL.startsWith('file:')) {
    try {
      return fileURLToPath(parentURL);
    } catch {
      return parentURL;
    }
  }
  return parentURL;
}

function isRelativeOrAbsolute(s) {
  if (s === '') return false;
  if (s[0] === '/') return true;
  if (s[0] === '.') {
    if (s.length === 1 || s[1] === '/') return true;
    if (s[1] === '.' && (s.length === 2 || s[2] === '/')) return true;
  }
  return false;
}

// An error's url is its own property: a setter a program put on
// Error.prototype must not see it.
function setURL(err, url) {
  Object.defineProperty(err, 'url', { value: url, writable: true, enumerable: true, configurable: true });
}

function fileURL(p) {
  return pathToFileURL(p).href;
}

// A resolved file: URL must name a file that exists (no extension search,
// no directory index); it becomes its real path, as in Node.
function finalizeResolution(url, parentURL, isMain) {
  const parsed = new URL(url);
  if (/%2f|%5c/i.test(parsed.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(parsed.pathname,
      'must not include encoded "/" or "\\" characters', baseName(parentURL));
  }
  let file;
  try {
    file = fileURLToPath(parsed);
  } catch (err) {
    setURL(err, url);
    throw err;
  }
  const st = fsBinding.internalModuleStat(file.endsWith('/') ? file.slice(0, -1) || '/' : file);
  if (st === 1) {
    const err = new ERR_UNSUPPORTED_DIR_IMPORT(file, baseName(parentURL));
    setURL(err, parsed.href);
    throw err;
  }
  if (st !== 0 || file.endsWith('/')) {
    const err = new ERR_MODULE_NOT_FOUND(file, baseName(parentURL), 'module');
    setURL(err, parsed.href);
    throw err;
  }
  // The URL is made again from the path: one module, one URL, however the
  // specifier spelled it (%2e for '.', say).
  const real = isMain ? (preserveSymlinksMain ? file : fsBinding.realpath(file)) :
    (preserveSymlinks ? file : fsBinding.realpath(file));
  return fileURL(real) + parsed.search + parsed.hash;
}

function parsePackageName(specifier, parentURL) {
  let sep = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (sep === -1 || specifier.length === 0) valid = false;
    else sep = specifier.indexOf('/', sep + 1);
  }
  const name = sep === -1 ? specifier : specifier.slice(0, sep);
  if (name[0] === '.' || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', baseName(parentURL));
  }
  return { name, subpath: `.${sep === -1 ? '' : specifier.slice(sep)}` };
}

// A package's "main" when it has no "exports": the old CommonJS guesses,
// without the directory search of require(). Guessing is deprecated for
// ES modules (DEP0151).
const mainTries = ['', '.js', '.json', '.node', '/index.js', '/index.json', '/index.node'];
const indexTries = ['index.js', 'index.json', 'index.node'];
function legacyMainResolve(pkgDir, pkg, parentURL) {
  const main = pkg ? pkg.main : undefined;
  if (main) {
    const base = path.resolve(pkgDir, main);
    for (let i = 0; i < mainTries.length; i++) {
      const f = base + mainTries[i];
      if (fsBinding.internalModuleStat(f) === 0) return legacyFound(f, pkgDir, main, parentURL);
    }
  }
  for (let i = 0; i < indexTries.length; i++) {
    const f = path.join(pkgDir, indexTries[i]);
    if (fsBinding.internalModuleStat(f) === 0) return legacyFound(f, pkgDir, main, parentURL);
  }
  throw new ERR_MODULE_NOT_FOUND(`${pkgDir}/`, baseName(parentURL), null);
}

function legacyFound(file, pkgDir, main, parentURL) {
  const url = fileURL(file);
  let format;
  try {
    format = formatOf(url, file, undefined);
  } catch {
    format = undefined;
  }
  if (format === 'module' && !(main && file === path.resolve(pkgDir, main))) {
    const rel = file.slice(pkgDir.length + 1);
    const base = baseName(parentURL);
    if (!main) {
      process.emitWarning(`No "main" or "exports" field defined in the package.json for ${pkgDir}/ resolving ` +
        `the main entry point "${rel}", imported from ${base}.\nDefault "index" lookups for the main are ` +
        'deprecated for ES modules.', 'DeprecationWarning', 'DEP0151');
    } else {
      process.emitWarning(`Package ${pkgDir}/ has a "main" field set to ${JSON.stringify(main)}, excluding ` +
        `the full filename and extension to the resolved file at "${rel}", imported from ${base}.\n ` +
        'Automatic extension resolution of the "main" field is deprecated for ES modules.',
      'DeprecationWarning', 'DEP0151');
    }
  }
  return url;
}

function parentPathOf(parentURL) {
  if (parentURL !== undefined && parentURL.startsWith('file:')) return fileURLToPath(parentURL);
  return path.join(process.cwd(), 'x');
}

function packageResolve(specifier, parentURL) {
  if (builtins.canBeRequiredWithoutScheme(specifier)) return `node:${specifier}`;
  const { name, subpath } = parsePackageName(specifier, parentURL);
  const conds = getConditions();
  const base = baseName(parentURL);
  const parentPath = parentPathOf(parentURL);
  // A package may import itself by its name, through its "exports".
  const scope = packageJson.packageScope(parentPath);
  if (scope && scope.name === name && scope.exports !== undefined && scope.exports !== null) {
    return fileURL(packageExportsResolve(scope.path, subpath, scope.exports, base, conds));
  }
  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = dir === '/' ? `/node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (fsBinding.internalModuleStat(pkgDir) === 1) {
      const pkg = packageJson.read(`${pkgDir}/package.json`);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        return fileURL(packageExportsResolve(pkg.path, subpath, pkg.exports, base, conds));
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg, parentURL);
      return new URL(subpath, `${fileURL(pkgDir)}/`).href;
    }
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ERR_MODULE_NOT_FOUND(name, base, null);
}

function packageImports(specifier, parentURL) {
  const base = baseName(parentURL);
  const scope = parentURL !== undefined && parentURL.startsWith('file:') ?
    packageJson.packageScope(fileURLToPath(parentURL)) : false;
  const { ERR_PACKAGE_IMPORT_NOT_DEFINED } = require('internal/errors').codes;
  if (!scope) {
    if (specifier === '#' || specifier.startsWith('#/')) {
      throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid internal imports specifier name', base);
    }
    throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(specifier, undefined, base);
  }
  const r = packageImportsResolve(specifier, scope.path, scope.imports, base, getConditions());
  if (typeof r === 'string') return fileURL(r);
  return packageResolve(r.bare, fileURL(scope.path));
}

// The URL of specifier imported from parentURL (undefined for the entry
// point), checked to exist. Throws Node's errors.
function resolve(specifier, parentURL, isMain = false) {
  let url;
  if (specifier.startsWith('node:')) {
    if (!builtins.canBeRequiredByUsers(specifier.slice(5))) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return specifier;
  }
  if (isRelativeOrAbsolute(specifier)) {
    url = new URL(specifier, parentURL).href;
  } else if (specifier[0] === '#') {
    url = packageImports(specifier, parentURL);
  } else {
    let parsed;
    try {
      parsed = new URL(specifier);
    } catch {
      parsed = undefined;
    }
    url = parsed !== undefined ? parsed.href : packageResolve(specifier, parentURL);
  }
  if (url.startsWith('file:')) return finalizeResolution(url, parentURL, isMain);
  if (url.startsWith('node:')) {
    if (!builtins.canBeRequiredByUsers(url.slice(5))) throw new ERR_UNKNOWN_BUILTIN_MODULE(url);
    return url;
  }
  if (url.startsWith('data:')) return url;
  throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(new URL(url), ['file', 'data']);
}

// Node's hint for a specifier that require() would have found: the same
// specifier with the extension or index file spelled out.
function commonJSHint(specifier, parentURL) {
  if (parentURL === undefined || !parentURL.startsWith('file:')) return undefined;
  let found;
  try {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = fileURLToPath(parentURL);
    // No filename: like Node's, this lookup takes a relative specifier
    // from the current directory.
    const tmp = new Module(parent, null);
    tmp.paths = Module._nodeModulePaths(path.dirname(parent));
    found = Module._resolveFilename(specifier, tmp, false);
  } catch {
    return undefined;
  }
  if (isRelativeOrAbsolute(specifier) && specifier[0] !== '/') {
    const from = path.dirname(fileURLToPath(parentURL));
    let rel = path.relative(from, found);
    if (!rel.startsWith('../')) rel = `./${rel}`;
    return rel;
  }
  if (!isRelativeOrAbsolute(specifier)) {
    const slash = specifier.indexOf('/', specifier[0] === '@' ? specifier.indexOf('/') + 1 : 0);
    const pkg = slash === -1 ? specifier : specifier.slice(0, slash);
    const needle = `/node_modules/${pkg}/`;
    const at = found.lastIndexOf(needle);
    if (at !== -1) return `${pkg}/${found.slice(at + needle.length).split('/').map(encodeURIComponent).join('/')}`;
    return fileURL(found);
  }
  return undefined;
}

// What a specifier resolved to from a parent stays what it resolves to,
// as in Node: a module file deleted after it was loaded is still found.
const resolveCache = new Map();

function resolveWithHint(specifier, parentURL, isMain) {
  const key = `${parentURL}\0${specifier}`;
  const cached = resolveCache.get(key);
  if (cached !== undefined) return cached;
  try {
    const url = resolve(specifier, parentURL, isMain);
    resolveCache.set(key, url);
    return url;
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' && hasOwnProperty.call(err, 'url')) || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') {
      const hint = commonJSHint(specifier, parentURL);
      if (hint !== undefined) err.message += `\nDid you mean to import ${JSON.stringify(hint)}?`;
    }
    throw err;
  }
}

// ---- formats ------------------------------------------------------------------------

let transpile;
function transpiler() {
  return (transpile ??= internalBinding('transpile'));
}

// The `_$kiln_import` a script's rewritten import() calls, with the `s`
// that its direct eval calls pass their code through (transformScript
// rewrites `eval(x)` as `eval(_$kiln_import.s(x))`), so import() in
// eval'd code works too.
function evalSource(code) {
  if (typeof code !== 'string') return code;
  const rewritten = transpiler().transformScript(code);
  return rewritten === undefined ? code : rewritten;
}
function scriptImport(fn) {
  fn.s = evalSource;
  return fn;
}

// A .js (or extensionless) file outside a "type" package: ES module when
// its source has module syntax (Node's syntax detection), or top-level
// await that a script cannot have.
function detectFormat(source) {
  if (execArgv.includes('--no-experimental-detect-module')) return 'commonjs';
  if (source.includes('import') || source.includes('export')) {
    if (transpiler().containsModuleSyntax(source)) return 'module';
  }
  if (source.includes('await')) {
    if (!compilesAsBody(source, true)) return 'commonjs';
    if (!compilesAsBody(source, false)) return 'module';
  }
  return 'commonjs';
}

// Whether the source is a valid (async) function body; `using`
// declarations, which the engine lacks, are lowered first.
function compilesAsBody(source, async) {
  const head = async ? '(async function () {' : '(function () {';
  try {
    natives.checkSyntax(`${head}${source}\n})`, '[detect]');
    return true;
  } catch {
    if (!source.includes('using')) return false;
  }
  try {
    const lowered = transpiler().transformUsing(source, true, async);
    natives.checkSyntax(`${head}${lowered}\n})`, '[detect]');
    return true;
  } catch {
    return false;
  }
}

// A module found by detection in a package whose package.json has no
// "type": Node's warning, once per package.json, outside node_modules.
const typelessWarned = new Set();
function warnTypeless(file) {
  const scope = packageJson.packageScope(file);
  if (!scope || scope.type !== 'none' || typelessWarned.has(scope.path) || file.includes('/node_modules/')) return;
  typelessWarned.add(scope.path);
  process.emitWarning(`Module type of ${fileURL(file)} is not specified and it doesn't parse as CommonJS.\n` +
    'Reparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope.path}.`, 'Warning', 'MODULE_TYPELESS_PACKAGE_JSON');
}

function typeOf(file) {
  const scope = packageJson.packageScope(file);
  return scope ? scope.type : 'none';
}

// 'module', 'commonjs', 'json', 'builtin', or undefined for a file whose
// format needs its source (syntax detection: the caller passes it).
function formatOf(url, file, source) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const m = /^data:([^,;]*)/.exec(url);
    const mime = m ? m[1].trim().toLowerCase() : '';
    if (mime === 'text/javascript' || mime === 'application/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  const ext = path.extname(file);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || ext === '') {
    const type = typeOf(file);
    if (type === 'module') return 'module';
    if (type === 'commonjs') return 'commonjs';
    if (source === undefined) return undefined;
    const format = detectFormat(source);
    if (format === 'module') warnTypeless(file);
    return format;
  }
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, file);
}

module.exports = {
  scriptImport,
  resolve,
  resolveWithHint,
  formatOf,
  detectFormat,
  warnTypeless,
  getConditions,
  baseName,
  fileURL,
  transpiler,
};
