'use strict';
// package.json "exports" and "imports": the PACKAGE_EXPORTS_RESOLVE,
// PACKAGE_IMPORTS_RESOLVE and PACKAGE_TARGET_RESOLVE steps of Node's
// resolution algorithm, on file paths rather than URLs.

const {
  ERR_INVALID_MODULE_SPECIFIER,
  ERR_INVALID_PACKAGE_CONFIG,
  ERR_INVALID_PACKAGE_TARGET,
  ERR_PACKAGE_IMPORT_NOT_DEFINED,
  ERR_PACKAGE_PATH_NOT_EXPORTED,
} = require('internal/errors').codes;

const { hasOwnProperty } = Object.prototype;

// A path segment that a target may not contain: '', '.', '..' or
// 'node_modules', also percent-encoded, between separators.
const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const encodedSeparator = /%2f|%5c/i;

function isArrayIndex(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// "exports": "./x" and ["./x"] mean { ".": ... }; an object is either all
// subpaths or all conditions.
function normalizeExports(exports, pkgJsonPath, base) {
  if (typeof exports === 'string' || Array.isArray(exports)) return { '.': exports };
  if (exports === null || typeof exports !== 'object') return { '.': exports };
  const keys = Object.keys(exports);
  let subpaths = 0;
  for (const k of keys) if (k[0] === '.') subpaths++;
  if (subpaths === 0) return { '.': exports };
  if (subpaths !== keys.length) {
    throw new ERR_INVALID_PACKAGE_CONFIG(pkgJsonPath, base,
      '"exports" cannot contain some keys starting with \'.\' and some not.' +
      ' The exports object must either be an object of package subpath keys' +
      ' or an object of main entry condition name keys only.');
  }
  return exports;
}

function pkgDirOf(pkgJsonPath) {
  return pkgJsonPath.slice(0, -'package.json'.length); // keeps the trailing '/'
}

function invalidTarget(pkgJsonPath, key, target, isImports, base) {
  // Node shows the target as a string: objects as their JSON, the rest
  // through String().
  target = target !== null && typeof target === 'object' ? JSON.stringify(target, null, '') : `${target}`;
  return new ERR_INVALID_PACKAGE_TARGET(pkgDirOf(pkgJsonPath), key, target, isImports, base);
}

function decodePath(p, request, base) {
  if (encodedSeparator.test(p)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(p,
      'must not include encoded "/" or "\\" characters', base);
  }
  if (!p.includes('%')) return p;
  try {
    return decodeURIComponent(p);
  } catch {
    return p;
  }
}

function resolveTarget(ctx, target, subpath, key, isPattern, isImports) {
  if (typeof target === 'string') {
    return resolveTargetString(ctx, target, subpath, key, isPattern, isImports);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, t, subpath, key, isPattern, isImports);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const k of Object.keys(target)) {
      if (isArrayIndex(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(ctx.pkgJsonPath, ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of Object.keys(target)) {
      if (k === 'default' || ctx.conditions.has(k)) {
        const resolved = resolveTarget(ctx, target[k], subpath, key, isPattern, isImports);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx.pkgJsonPath, key, target, isImports, ctx.base);
}

function resolveTargetString(ctx, target, subpath, key, isPattern, isImports) {
  if (subpath !== '' && !isPattern && target[target.length - 1] !== '/')
    throw invalidTarget(ctx.pkgJsonPath, key, target, isImports, ctx.base);
  if (!target.startsWith('./')) {
    if (isImports && !target.startsWith('../') && !target.startsWith('/') && !/^[a-zA-Z][a-zA-Z+.-]*:/.test(target)) {
      // An import may map to another package.
      const request = isPattern ? target.replaceAll('*', subpath) : target + subpath;
      return { bare: request };
    }
    throw invalidTarget(ctx.pkgJsonPath, key, target, isImports, ctx.base);
  }
  if (invalidSegment.test(target.slice(2)))
    throw invalidTarget(ctx.pkgJsonPath, key, target, isImports, ctx.base);
  const dir = pkgDirOf(ctx.pkgJsonPath);
  const resolved = dir + target.slice(2);
  if (subpath === '') return decodePath(resolved, ctx.request, ctx.base);
  if (invalidSegment.test(subpath)) {
    const request = isPattern ? key.replace('*', () => subpath) : key + subpath;
    throw new ERR_INVALID_MODULE_SPECIFIER(request,
      `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}"` +
      ` resolution of ${ctx.pkgJsonPath}`, ctx.base);
  }
  const full = isPattern ? resolved.replaceAll('*', subpath) : resolved + subpath;
  return decodePath(full, ctx.request, ctx.base);
}

// Node's order for competing patterns: the longer prefix wins, then the
// longer key.
function patternKeyCompare(a, b) {
  const ai = a.indexOf('*');
  const bi = b.indexOf('*');
  const baseA = ai === -1 ? a.length : ai + 1;
  const baseB = bi === -1 ? b.length : bi + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (ai === -1) return 1;
  if (bi === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Finds the key of map that matches name: exact, else the best pattern.
// Returns { key, subpath, isPattern } or null.
function matchKey(map, name) {
  if (hasOwnProperty.call(map, name) && !name.includes('*')) {
    return { key: name, subpath: '', isPattern: false };
  }
  let best = '';
  let bestSubpath;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !name.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (name.length >= key.length && name.endsWith(trailer) &&
        patternKeyCompare(best, key) === 1 && key.lastIndexOf('*') === star) {
      best = key;
      bestSubpath = name.slice(star, name.length - trailer.length);
    }
  }
  return best ? { key: best, subpath: bestSubpath, isPattern: true } : null;
}

// subpath is '.' or './x'. Returns the resolved file path (not checked to
// exist), or throws ERR_PACKAGE_PATH_NOT_EXPORTED and friends.
function packageExportsResolve(pkgJsonPath, subpath, exports, base, conditions) {
  const map = normalizeExports(exports, pkgJsonPath, base);
  const ctx = { pkgJsonPath, base, conditions, request: subpath };
  const m = matchKey(map, subpath);
  if (m !== null) {
    const resolved = resolveTarget(ctx, map[m.key], m.subpath, m.key, m.isPattern, false);
    if (resolved !== null && resolved !== undefined && typeof resolved === 'string') return resolved;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(pkgDirOf(pkgJsonPath), subpath, base);
}

// name starts with '#'. Returns a file path, or { bare } for a target that
// names another package; throws ERR_PACKAGE_IMPORT_NOT_DEFINED.
function packageImportsResolve(name, pkgJsonPath, imports, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  if (imports !== null && typeof imports === 'object' && !Array.isArray(imports)) {
    const ctx = { pkgJsonPath, base, conditions, request: name };
    const m = matchKey(imports, name);
    if (m !== null) {
      const resolved = resolveTarget(ctx, imports[m.key], m.subpath, m.key, m.isPattern, true);
      if (resolved !== null && resolved !== undefined) return resolved;
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, pkgDirOf(pkgJsonPath), base);
}

module.exports = { packageExportsResolve, packageImportsResolve };
