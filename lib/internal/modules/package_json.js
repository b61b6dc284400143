'use strict';
// Reading package.json files for the module loader: each file is read and
// parsed once per process; a file that is not valid JSON is an
// ERR_INVALID_PACKAGE_CONFIG whenever the loader needs it.

const path = require('path');

const fsBinding = internalBinding('fs');
const cache = new Map(); // package.json path -> record, or false when absent

// The fields the loader uses, or false when dir has no package.json.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  let text;
  // Most directories have no package.json: a stat answers that without
  // making (and catching) a system error.
  try {
    if (fsBinding.internalModuleStat(jsonPath) !== 0) throw 0;
    text = fsBinding.readFileUtf8(jsonPath);
  } catch {
    cache.set(jsonPath, false);
    return false;
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const { ERR_INVALID_PACKAGE_CONFIG } = require('internal/errors').codes;
    const e = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, undefined);
    e.message = `Invalid package config ${jsonPath}.`;
    e.cause = err;
    throw e;
  }
  const rec = { path: jsonPath, exists: true, name: undefined, main: undefined,
    exports: undefined, imports: undefined, type: 'none', data };
  if (data !== null && typeof data === 'object') {
    if (typeof data.name === 'string') rec.name = data.name;
    if (typeof data.main === 'string') rec.main = data.main;
    if (data.exports !== undefined) rec.exports = data.exports;
    if (data.imports !== undefined) rec.imports = data.imports;
    if (data.type === 'module' || data.type === 'commonjs') rec.type = data.type;
  }
  cache.set(jsonPath, rec);
  return rec;
}

function readPackage(dir) {
  return read(path.join(dir, 'package.json'));
}

// The nearest package.json at or above the directory of file, stopping at
// a node_modules directory (a package boundary), or false.
const scopeCache = new Map(); // directory -> its package scope, or false

function packageScope(file) {
  const start = path.dirname(file);
  const cached = scopeCache.get(start);
  if (cached !== undefined) return cached;
  let dir = start;
  let rec = false;
  for (;;) {
    if (dir.endsWith('/node_modules')) break;
    const hit = scopeCache.get(dir);
    if (hit !== undefined) {
      rec = hit;
      break;
    }
    rec = read(dir === '/' ? '/package.json' : `${dir}/package.json`);
    if (rec) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  scopeCache.set(start, rec);
  return rec;
}

module.exports = { read, readPackage, packageScope };
