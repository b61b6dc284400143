'use strict';
// node:vm: contexts are separate realms whose global names come from the
// contextified object first; scripts keep their file name and line offset;
// compileFunction; argument validation.
const assert = require('assert');
const vm = require('vm');

// A new context has its own builtins and none of Node's globals.
assert.strictEqual(vm.runInNewContext('[] instanceof Array'), true);
assert.strictEqual(vm.runInNewContext('[]') instanceof Array, false);
assert.strictEqual(Array.isArray(vm.runInNewContext('[1, 2]')), true);
assert.strictEqual(vm.runInNewContext('typeof require'), 'undefined');
assert.notStrictEqual(vm.runInNewContext('Object.prototype'), Object.prototype);
assert.strictEqual(vm.runInThisContext('[]') instanceof Array, true);
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined'); // not a module scope

// The contextified object supplies and receives global names.
const sandbox = { x: 1, y: 2 };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.strictEqual(vm.runInContext('x + y', sandbox), 3);
vm.runInContext('var v = 5; function f() { return 7; } implicit = 3; this.viaThis = 4;', sandbox);
assert.strictEqual(sandbox.v, 5);
assert.strictEqual(sandbox.f(), 7);
assert.strictEqual(sandbox.implicit, 3);
assert.strictEqual(sandbox.viaThis, 4);
assert.strictEqual(vm.runInContext('typeof v + typeof f + v', sandbox), 'numberfunction5');
vm.runInContext('v = 6', sandbox);
assert.strictEqual(sandbox.v, 6);
sandbox.v = 8;
assert.strictEqual(vm.runInContext('v', sandbox), 8);
sandbox.added = 'later';
assert.strictEqual(vm.runInContext('added', sandbox), 'later');
// let and const stay in the context's scope, not on the object.
vm.runInContext('let L = 1; const C = 2; class K {}', sandbox);
assert.strictEqual(vm.runInContext('[L, C, typeof K].join()', sandbox), '1,2,function');
assert.strictEqual('L' in sandbox, false);
// Strict code may assign to a name the object has.
const strict = vm.createContext({ z: 42 });
vm.runInContext('"use strict"; z = 1', strict);
assert.strictEqual(strict.z, 1);
// An unknown name is a ReferenceError from the context's realm.
assert.throws(() => vm.runInContext('nope', vm.createContext({})), (err) => {
  assert.strictEqual(err.name, 'ReferenceError');
  assert.strictEqual(err instanceof ReferenceError, false);
  return true;
});
// The global is not the object itself.
assert.notStrictEqual(vm.runInContext('this', sandbox), sandbox);
assert.strictEqual(vm.runInContext('this === globalThis', sandbox), true);
// createContext on a context returns it; DONT_CONTEXTIFY gives a plain global.
assert.strictEqual(vm.createContext(sandbox), sandbox);
const plain = vm.createContext(vm.constants.DONT_CONTEXTIFY);
assert.strictEqual(vm.isContext(plain), true);
assert.strictEqual(typeof plain.Array, 'function');
assert.notStrictEqual(plain.Array, Array);
vm.runInContext('var inPlain = 1', plain);
assert.strictEqual(plain.inPlain, 1);

// Scripts: compiled once, run anywhere; syntax errors at construction.
const script = new vm.Script('count += 1; name', { filename: 'counter.js' });
const c1 = vm.createContext({ count: 0, name: 'one' });
const c2 = vm.createContext({ count: 10, name: 'two' });
assert.strictEqual(script.runInContext(c1), 'one');
script.runInContext(c1);
assert.strictEqual(c1.count, 2);
assert.strictEqual(script.runInContext(c2), 'two');
assert.strictEqual(c2.count, 11);
assert.strictEqual(script.runInNewContext({ count: 1, name: 'n' }), 'n');
assert.throws(() => new vm.Script('a b', 'bad.js'), SyntaxError);
assert.throws(() => vm.runInThisContext('let let = 1'), SyntaxError);

// File name, line offset and the caret header Node puts on the stack.
assert.throws(() => vm.runInNewContext('\nthrow new Error("boom")', {}, { filename: 'f.js', lineOffset: 4 }),
              (err) => {
                assert.match(err.stack, /^f\.js:6\nthrow new Error\("boom"\)\n\^\n\nError: boom\n {4}at f\.js:6:/);
                return true;
              });
assert.throws(() => vm.runInNewContext('throw new TypeError("t")', {}, { filename: 'g.js', displayErrors: false }),
              (err) => {
                assert.match(err.stack, /^TypeError: t\n {4}at g\.js:1:/);
                return true;
              });

// compileFunction: parameters, extensions, parsing context.
const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(2, 3), 5);
const ext = vm.compileFunction('return a + c', ['a'], { contextExtensions: [{ c: 100 }] });
assert.strictEqual(ext(1), 101);
const inCtx = vm.compileFunction('return name', [], { parsingContext: vm.createContext({ name: 'ctx' }) });
assert.strictEqual(inCtx(), 'ctx');
const strictFn = vm.compileFunction('"use strict"; return this', []);
assert.strictEqual(strictFn(), undefined);

// Validation, with Node's codes and messages.
assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
assert.throws(() => vm.isContext(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "object" argument must be of type object. Received type number (1)',
});
assert.throws(() => new vm.Script('1', { filename: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new vm.Script('1', { lineOffset: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => vm.createContext({}, { name: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.createContext({}, { microtaskMode: 'x' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => vm.compileFunction(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.compileFunction('', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });

// The module's shape.
assert.deepStrictEqual(Object.keys(vm), [
  'Script', 'createContext', 'createScript', 'runInContext', 'runInNewContext',
  'runInThisContext', 'isContext', 'compileFunction', 'measureMemory', 'constants',
]);
assert.strictEqual(typeof vm.constants.DONT_CONTEXTIFY, 'symbol');
assert.strictEqual(typeof vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER, 'symbol');
assert.strictEqual(new vm.Script('1', { cachedData: Buffer.alloc(3) }).cachedDataRejected, true);
assert.strictEqual(new vm.Script('1\n//# sourceMappingURL=x.map').sourceMapURL, 'x.map');
assert.ok(Buffer.isBuffer(new vm.Script('1').createCachedData()));
vm.measureMemory().then((m) => assert.strictEqual(typeof m.total.jsMemoryEstimate, 'number'));
