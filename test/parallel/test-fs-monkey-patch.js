'use strict';
// node:fs keeps working when user code replaces builtins it uses on its own
// values and the user's (array and string methods, Reflect.apply,
// Object.defineProperty, Promise.prototype.then).
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-monkey-'));
const p = (name) => path.join(tmp, name);
// Load everything once before patching (lazy modules use the builtins at
// their load, as in Node).
fs.mkdirSync(p('warm/a'), { recursive: true });
fs.symlinkSync('warm', p('warm-link'));
fs.realpathSync(p('warm-link'));
fs.readdirSync(tmp, { recursive: true, withFileTypes: true });
fs.rmSync(p('warm'), { recursive: true });
fs.cpSync(__filename, p('warm-copy'));
fs.opendirSync(tmp).closeSync();
fs.promises.constants;

const saved = {
  push: Array.prototype.push,
  pop: Array.prototype.pop,
  shift: Array.prototype.shift,
  includes: String.prototype.includes,
  slice: String.prototype.slice,
  indexOf: String.prototype.indexOf,
  arrIncludes: Uint8Array.prototype.includes,
  apply: Reflect.apply,
};
const boom = () => { throw new Error('patched builtin called'); };
function patch() {
  Array.prototype.push = boom;
  Array.prototype.pop = boom;
  Array.prototype.shift = boom;
  String.prototype.includes = boom;
  String.prototype.slice = boom;
  String.prototype.indexOf = boom;
  Uint8Array.prototype.includes = boom;
  Reflect.apply = boom;
}
function restore() {
  Array.prototype.push = saved.push;
  Array.prototype.pop = saved.pop;
  Array.prototype.shift = saved.shift;
  String.prototype.includes = saved.includes;
  String.prototype.slice = saved.slice;
  String.prototype.indexOf = saved.indexOf;
  Uint8Array.prototype.includes = saved.arrIncludes;
  Reflect.apply = saved.apply;
}

const [f, d, de, link, linkE] = [p('f'), p('d'), p('d/e'), p('link'), p('link/e')];
const fBuf = Buffer.from(f);
patch();
let results;
try {
  fs.writeFileSync(f, 'data');
  fs.mkdirSync(d);
  fs.mkdirSync(de);
  fs.symlinkSync('d', link);
  results = {
    read: fs.readFileSync(f, 'utf8'),
    size: fs.statSync(f).size,
    names: fs.readdirSync(tmp),
    types: fs.readdirSync(tmp, { withFileTypes: true }).length,
    real: fs.realpathSync(linkE),
    exists: fs.existsSync(fBuf),
  };
  fs.rmSync(d, { recursive: true });
} finally {
  restore();
}
results.names.sort();
assert.deepStrictEqual(results, {
  read: 'data', size: 4, names: ['d', 'f', 'link', 'warm-copy', 'warm-link'], types: 5, real: de, exists: true,
});
assert.ok(!fs.existsSync(p('d')));
fs.rmSync(tmp, { recursive: true });

// Promises: fs.promises still settles with Promise.prototype.then replaced.
const then = Promise.prototype.then;
let calls = 0;
Promise.prototype.then = function(...args) {
  calls++;
  return Reflect.apply(then, this, args);
};
fs.promises.readFile(__filename, 'utf8').then(common.mustCall((s) => {
  Promise.prototype.then = then;
  assert.ok(s.startsWith("'use strict'"));
  assert.ok(calls >= 1);
}));
