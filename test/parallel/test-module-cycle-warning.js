'use strict';
// A module required again while it is still loading gives out its partial
// exports; reading a property they lack warns once per read, naming the
// property, and the exports get their own prototype back once loading ends.
// Exports that are not plain objects (a class, a Proxy, transpiled ESM with
// __esModule) are handed out untouched.
const { mustCall } = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cycle-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);

write('a.js', "exports.early = 1; require('./b.js'); exports.late = 2;");
write('b.js', "const a = require('./a.js'); exports.seen = [a.early, a.missing, a[Symbol('s')], a.__esModule];");
write('c.js', "class P {} module.exports = class C extends P {}; require('./d.js');");
write('d.js', "exports.value = require('./c.js').missingOnClass;");
write('e.js', "module.exports = new Proxy({}, { get(t, p) { return `trap:${String(p)}`; } }); require('./f.js');");
write('f.js', "exports.value = require('./e.js').anything;");
write('g.js', "Object.defineProperty(exports, '__esModule', { value: true }); require('./h.js');");
write('h.js', "exports.value = require('./g.js').missingEsm;");

const warnings = [];
process.on('warning', (w) => warnings.push(w));

const a = require(path.join(dir, 'a.js'));
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.deepStrictEqual(require(path.join(dir, 'b.js')).seen, [1, undefined, undefined, undefined]);
assert.strictEqual(a.late, 2);

const C = require(path.join(dir, 'c.js'));
assert.strictEqual(Object.getPrototypeOf(C).name, 'P');
assert.strictEqual(require(path.join(dir, 'f.js')).value, 'trap:anything');
require(path.join(dir, 'g.js'));

setImmediate(mustCall(() => {
  assert.deepStrictEqual(warnings.map((w) => [w.name, w.message]), [
    ['Warning', "Accessing non-existent property 'missing' of module exports inside circular dependency"],
    ['Warning', "Accessing non-existent property 'Symbol(s)' of module exports inside circular dependency"],
  ]); // nothing for the class, the Proxy or the __esModule exports
}));
