'use strict';
// The module namespace object as the specification defines it (an exotic
// object): its exports are writable, non-configurable data properties whose
// values are the live bindings; defining one succeeds only when nothing
// changes; it cannot be frozen, extended or have an export deleted; a
// binding in its dead zone throws a ReferenceError from every operation
// that reads it. One object per module, whichever way it is reached:
// import(), a namespace import used as a value, `export * as`, `export {
// ns }`, require() of the module. A name a CommonJS module does not export
// gets Node's message with a default-import example.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');
const { inspect, types } = require('util');

const dir = path.join(__dirname, '..', 'fixtures', 'esm', 'namespace');
const file = (name) => path.join(dir, name);

(async () => {
  const lib = await import(file('lib.mjs'));

  // Own properties: data descriptors, writable, enumerable, not configurable.
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(lib, 'counter'),
                         { value: 1, writable: true, enumerable: true, configurable: false });
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(lib, Symbol.toStringTag),
                         { value: 'Module', writable: false, enumerable: false, configurable: false });
  assert.strictEqual(Object.getOwnPropertyDescriptor(lib, 'nothing'), undefined);
  assert.deepStrictEqual(Object.keys(lib), ['bump', 'counter', 'default', 'fixed']);
  assert.deepStrictEqual(Reflect.ownKeys(lib), ['bump', 'counter', 'default', 'fixed', Symbol.toStringTag]);
  assert.deepStrictEqual({ ...lib }, { bump: lib.bump, counter: 1, default: 'dflt', fixed: 'f' });
  assert.strictEqual(JSON.stringify(lib), '{"counter":1,"default":"dflt","fixed":"f"}');

  // Live: the descriptor and the value follow the binding.
  lib.bump();
  assert.strictEqual(lib.counter, 2);
  assert.strictEqual(Object.getOwnPropertyDescriptor(lib, 'counter').value, 2);

  // [[DefineOwnProperty]]: true only for a descriptor that changes nothing.
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { value: 2 }), true);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { value: 3 }), false);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { writable: true, enumerable: true }), true);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { writable: false }), false);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { enumerable: false }), false);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { configurable: true }), false);
  assert.strictEqual(Reflect.defineProperty(lib, 'counter', { get() {} }), false);
  assert.strictEqual(Reflect.defineProperty(lib, 'added', { value: 1 }), false);
  assert.strictEqual(Reflect.defineProperty(lib, Symbol.toStringTag, { value: 'Module' }), true);
  assert.strictEqual(Reflect.defineProperty(lib, Symbol.toStringTag, { value: 'Other' }), false);
  Object.defineProperty(lib, 'fixed', { value: 'f', writable: true, enumerable: true, configurable: false });
  assert.throws(() => Object.defineProperty(lib, 'fixed', { value: 'g' }), TypeError);

  // [[Set]], [[Delete]], the prototype and extensibility.
  assert.strictEqual(Reflect.set(lib, 'counter', 5), false);
  assert.strictEqual(Reflect.set(lib, 'added', 5), false);
  assert.throws(() => { 'use strict'; lib.counter = 5; }, TypeError);
  assert.strictEqual(Reflect.deleteProperty(lib, 'counter'), false);
  assert.strictEqual(Reflect.deleteProperty(lib, 'nothing'), true);
  assert.strictEqual(Reflect.deleteProperty(lib, Symbol.toStringTag), false);
  assert.throws(() => { 'use strict'; delete lib.counter; }, TypeError);
  assert.strictEqual(Object.getPrototypeOf(lib), null);
  assert.strictEqual(Reflect.setPrototypeOf(lib, {}), false);
  assert.strictEqual(Reflect.setPrototypeOf(lib, null), true);
  assert.strictEqual(Object.isExtensible(lib), false);
  assert.strictEqual(Reflect.preventExtensions(lib), true);
  assert.strictEqual(Object.isSealed(lib), true);
  assert.strictEqual(Object.isFrozen(lib), false);
  assert.throws(() => Object.freeze(lib), TypeError);
  assert.strictEqual(Object.isFrozen(lib), false);
  assert.strictEqual('counter' in lib, true);
  assert.strictEqual('toString' in lib, false);
  assert.strictEqual(lib.then, undefined);

  // What util sees: a namespace, not a Proxy.
  assert.strictEqual(types.isModuleNamespaceObject(lib), true);
  assert.strictEqual(types.isProxy(lib), false);
  assert.strictEqual(types.isModuleNamespaceObject({ __proto__: null }), false);
  assert.strictEqual(inspect(lib), "[Module: null prototype] {\n  bump: [Function: bump],\n" +
                     "  counter: 2,\n  default: 'dflt',\n  fixed: 'f'\n}");
  assert.strictEqual(inspect(lib, { showProxy: true }), inspect(lib));
  assert.match(inspect(lib, { showHidden: true }), /\[Symbol\(Symbol\.toStringTag\)\]: 'Module'\n}$/);

  // One object per module, however it is reached.
  const holder = await import(file('holder.mjs'));
  assert.strictEqual(holder.asValue, lib);
  assert.strictEqual(holder.starAs, lib);
  assert.strictEqual(holder.named, lib);
  assert.strictEqual(holder.viaMember(), 2);
  assert.strictEqual(holder.selfThis(), 'object');
  assert.deepStrictEqual(Object.keys(holder), ['asValue', 'assign', 'named', 'selfThis', 'starAs', 'viaMember']);
  assert.throws(() => holder.assign(), { name: 'TypeError', message: 'Assignment to constant variable.' });
  const plain = require(file('plain.mjs'));
  assert.strictEqual(plain, await import(file('plain.mjs')));
  assert.strictEqual(types.isModuleNamespaceObject(plain), true);
  // A module with a default export comes to require() with __esModule.
  const required = require(file('lib.mjs'));
  assert.strictEqual(required.__esModule, true);
  assert.strictEqual(required.counter, 2);
  assert.strictEqual(types.isModuleNamespaceObject(required), true);
  assert.strictEqual(required, require(file('lib.mjs')));

  // A namespace read before its module ran: the bindings are in their dead
  // zone, the keys are known.
  await import(file('cycle-b.mjs'));
  const { seen } = await import(file('cycle-a.mjs'));
  assert.deepStrictEqual(seen, {
    keys: 'ReferenceError',
    has: true,
    ownKeys: ['hoisted', 'later', 'Symbol(Symbol.toStringTag)'],
    inspect: '[Module: null prototype] {\n  hoisted: [Function: hoisted],\n  later: <uninitialized>\n}',
  });

  // Names a module does not export: Node's messages, and the import
  // underlined in the report of the uncaught error.
  const run = (name) => spawnSync(process.execPath, [file(name)], { encoding: 'utf8' });
  const example = 'CommonJS modules can always be imported via the default export, for example using:\n\n' +
    "import pkg from './cjs-dep.cjs';\n";
  let r = run('cjs-missing.mjs');
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.startsWith(`${path.join(dir, 'cjs-missing.mjs').replace(/^/, 'file://')}:1\n` +
    "import { there, notThere as renamed } from './cjs-dep.cjs';\n" +
    '                ^^^^^^^^\n' +
    "SyntaxError: Named export 'notThere' not found. The requested module './cjs-dep.cjs' is a CommonJS " +
    'module, which may not support all module.exports as named exports.\n' + example +
    'const { there, notThere: renamed } = pkg;\n\n'), r.stderr);
  r = run('cjs-missing-multiline.mjs');
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.startsWith(`${path.join(dir, 'cjs-missing-multiline.mjs').replace(/^/, 'file://')}:3\n` +
    '  notThere,\n  ^^^^^^^^\n' +
    "SyntaxError: Named export 'notThere' not found. The requested module './cjs-dep.cjs' is a CommonJS " +
    'module, which may not support all module.exports as named exports.\n' + example + '\n'), r.stderr);
  r = run('esm-missing.mjs');
  assert.strictEqual(r.status, 1);
  assert.ok(r.stderr.startsWith(`${path.join(dir, 'esm-missing.mjs').replace(/^/, 'file://')}:1\n` +
    "import { fixed, absent } from './lib.mjs';\n                ^^^^^^\n" +
    "SyntaxError: The requested module './lib.mjs' does not provide an export named 'absent'\n"), r.stderr);
})().then(common.mustCall());
