'use strict';
// Which builtin modules users can require, and how: every embedded module
// outside internal/, with or without the node: prefix; schemeOnly ones only
// with it, as in Node.

const schemeOnly = new Set(['sea', 'sqlite', 'test', 'test/reporters']);
const ids = natives.builtinIds();
const publicSet = new Set();
// An index loop: an array iterator's next() called for each of ~200 ids
// gets hot enough at startup for the JIT (docs/startup.md).
const publicList = [];
for (let i = 0; i < ids.length; i++) {
  const id = ids[i];
  if (!id.startsWith('internal/') && id !== 'internal') {
    publicSet.add(id);
    publicList.push(id);
  }
}

// --expose-internals lets tests require('internal/...'), as in Node.
const exposeInternals = natives.execArgv.includes('--expose-internals') ||
  natives.execArgv.includes('--expose_internals');
const internalSet = new Set(exposeInternals ? ids.filter((id) => id.startsWith('internal/')) : []);
internalSet.delete('internal/bootstrap'); // a script, not a module
internalSet.delete('internal/bootstrap/node'); // runs once, from internal/bootstrap

function canBeRequiredByUsers(id) {
  return publicSet.has(id) || internalSet.has(id);
}

function canBeRequiredWithoutScheme(id) {
  return (publicSet.has(id) && !schemeOnly.has(id)) || internalSet.has(id);
}

// true for 'fs' and 'node:fs' (and 'node:test'), the names _resolveFilename
// returns unchanged.
function canBeRequired(request) {
  if (request.startsWith('node:')) return canBeRequiredByUsers(request.slice(5));
  return canBeRequiredWithoutScheme(request);
}

function isBuiltin(name) {
  return typeof name === 'string' && canBeRequired(name);
}

function publicIds() {
  const out = [];
  // From the list, not the set: a set iterator's next() per id gets hot
  // enough at startup for the JIT.
  const sorted = publicList.slice().sort();
  for (let i = 0; i < sorted.length; i++) {
    const id = sorted[i];
    out.push(schemeOnly.has(id) ? `node:${id}` : id);
  }
  return out;
}

function internalIds() {
  return [...internalSet];
}

module.exports = {
  internalIds,
  canBeRequired,
  canBeRequiredByUsers,
  canBeRequiredWithoutScheme,
  isBuiltin,
  publicIds,
  require: natives.requireBuiltin,
};
