'use strict';
// The global console (also what require('console') returns): the methods of
// console.Console bound to one object that writes to process.stdout and
// process.stderr. Those are synchronous in kiln, so nothing logged is lost
// when the process exits right after.
//
// Node's global console also carries the methods V8 gives it for the
// inspector: profile, profileEnd, timeStamp, context and createTask. With
// no inspector attached (kiln has none) they print nothing; context() and
// createTask() return objects of the same shape.

const { createGlobalConsole } = require('internal/console/constructor');

const ObjectDefineProperty = Object.defineProperty;
const ReflectApply = Reflect.apply;

const console = createGlobalConsole();

// Methods that only talk to an inspector. V8 gives them length 0.
console.profile = function profile() {};
console.profileEnd = function profileEnd() {};
console.timeStamp = function timeStamp() {};

// The methods of a console.context() object, in V8's order; each has
// length 1.
const kContextMethods = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset',
  'profile', 'profileEnd', 'debug', 'error', 'info', 'log', 'warn', 'trace', 'group',
  'groupCollapsed', 'assert', 'time', 'timeLog', 'timeEnd', 'timeStamp'];

function contextMethod(name) {
  const fn = (_) => {};
  ObjectDefineProperty(fn, 'name', { __proto__: null, value: name });
  return fn;
}

// A console for the inspector to show under its own name; outside the
// inspector its methods do nothing.
console.context = function context(name) {
  const ctx = { __proto__: {} };
  for (let i = 0; i < kContextMethods.length; i++) {
    ctx[kContextMethods[i]] = contextMethod(kContextMethods[i]);
  }
  return ctx;
};
ObjectDefineProperty(console.context, 'length', { __proto__: null, value: 1 });

// An async task for the inspector's stack traces. run(fn) calls fn, with
// no receiver and no arguments, and returns what it returns. Every task
// shares one run and one (null-prototype) prototype; the errors are V8's
// plain Errors.
const kTaskPrototype = { __proto__: null };
const run = function run(fn) {
  if (typeof fn !== 'function') throw new Error('First argument must be a function.');
  return ReflectApply(fn, undefined, []);
};
ObjectDefineProperty(run, 'length', { __proto__: null, value: 0 });

console.createTask = function createTask(name) {
  if (typeof name !== 'string' || name === '') throw new Error('First argument must be a non-empty string.');
  const task = { __proto__: kTaskPrototype };
  task.run = run;
  return task;
};
ObjectDefineProperty(console.createTask, 'length', { __proto__: null, value: 0 });

module.exports = console;
