'use strict';
// The builtin modules' own top-level names stay inside them: none of the
// declarations of the modules every start runs (process setup, globals,
// the entry points, the module loader, path, validators, console, timers)
// becomes a property of the global object or a global binding.
const assert = require('assert');

const names = [
  'kNodeVersion', 'methodsModule', 'lazy', 'setup', 'makeEnv', 'lazyGlobals', 'install',
  'pathModule', 'preloadRequests', 'loader', 'esmEntry', 'runMain', 'evalString', 'evalScript',
  'checkSyntax', 'Module', 'wrapper', 'statCache', 'normalizeString', 'posix', 'win32',
  'validateString', 'validateFunction', 'hideStackFrames', 'kColorInspectOptions',
  'createGlobalConsole', 'Timeout', 'Immediate', 'insert', 'timerListMap', 'exports', 'module',
  'internalBinding', 'natives',
];
const globalEval = eval; // indirect: the global scope, not this module's
const own = new Set(Object.getOwnPropertyNames(globalThis));
for (const name of names) {
  assert.ok(!own.has(name), `${name} is a property of the global object`);
  // A global lexical binding would show here (typeof of an undeclared
  // name is 'undefined' without throwing).
  assert.strictEqual(globalEval(`typeof ${name}`), 'undefined', name);
}
// Loading the rest of the boot path (a file run already did) changes nothing.
require('path').join('a', 'b');
console.log('x');
setTimeout(() => {
  for (const name of names) assert.strictEqual(globalEval(`typeof ${name}`), 'undefined', name);
}, 1);
