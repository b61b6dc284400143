'use strict';
// Shared helpers for kiln's tests. Every test must pass on kiln and on Node 24,
// so this file uses only public Node APIs.

const assert = require('assert');
const path = require('path');

const isKiln = typeof process.versions.kiln === 'string';
const fixturesDir = path.join(__dirname, '..', 'fixtures');

const pending = [];
let exitHooked = false;

function hookExit() {
  if (exitHooked) return;
  exitHooked = true;
  process.on('exit', (code) => {
    if (code !== 0) return;
    for (const c of pending) {
      if (c.exact !== undefined ? c.calls !== c.exact : c.calls < c.min) {
        const want = c.exact !== undefined ? `exactly ${c.exact}` : `at least ${c.min}`;
        process.exitCode = 1;
        console.error(`Mismatched ${c.name} function calls. Expected ${want}, actual ${c.calls}.\n${c.where}`);
      }
    }
  });
}

function track(fn, spec) {
  hookExit();
  const rec = { calls: 0, name: fn.name || '<anonymous>', where: new Error().stack, ...spec };
  pending.push(rec);
  return function(...args) {
    rec.calls++;
    return fn.apply(this, args);
  };
}

function noop() {}

// mustCall(fn, n): fn must have been called exactly n times (default 1) when the process exits.
function mustCall(fn, exact) {
  if (typeof fn === 'number') { exact = fn; fn = noop; }
  return track(fn || noop, { exact: exact === undefined ? 1 : exact });
}

function mustCallAtLeast(fn, min) {
  if (typeof fn === 'number') { min = fn; fn = noop; }
  return track(fn || noop, { min: min === undefined ? 1 : min });
}

function mustNotCall(msg) {
  return function mustNotCall() {
    assert.fail(msg || 'function should not have been called');
  };
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

// [length, count of U+FFFD, FNV-1a hash of the code units] of a string: a
// short fingerprint of a long decoded text, to compare with one recorded
// from Node.
function textFingerprint(text) {
  let h = 0x811c9dc5;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, 0x01000193) >>> 0;
    if (c === 0xfffd) replaced++;
  }
  return [text.length, replaced, h.toString(16)];
}

const fixtures = {
  path: (...parts) => path.join(fixturesDir, ...parts),
};

module.exports = {
  isKiln,
  fixturesDir,
  fixtures,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  textFingerprint,
};
