'use strict';
// Code given with -e behaves the same whether the command line has other
// options or not (kiln loads the rest of its bootstrap only when -e code
// first needs it, and at once when there are options to read): globals
// read, written or listed before anything else, errors thrown from the
// code, from microtasks and from rejected promises, exit codes, and the
// require/module/exports/__filename/__dirname globals.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code, withOptions, env = undefined) {
  const args = withOptions ? ['--no-warnings', '-e', code] : ['-e', code];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check(code, expected) {
  for (const withOptions of [false, true]) {
    const r = run(code, withOptions);
    const where = `${withOptions ? 'with' : 'without'} options: ${code}\n${r.stderr}`;
    if (expected.status !== undefined) assert.strictEqual(r.status, expected.status, where);
    if (expected.stdout !== undefined) assert.strictEqual(r.stdout, expected.stdout, where);
    if (expected.stderr !== undefined) assert.match(r.stderr, expected.stderr, where);
  }
}

// Nothing at all, and nothing printed.
check('0', { status: 0, stdout: '', stderr: /^$/ });

// Globals before their first read: listed, enumerable as Node's, and
// assignable.
// Object.keys lists them in Node's order, and the -e code's own after them.
check("require('fs').writeSync(1, Object.keys(globalThis).join() + '\\n');",
      { status: 0, stdout: 'global,clearImmediate,setImmediate,clearInterval,clearTimeout,setInterval,setTimeout,' +
        'queueMicrotask,structuredClone,atob,btoa,performance,fetch,crypto,navigator,__filename,module,exports,' +
        '__dirname,require\n' });
check(`const d = Object.getOwnPropertyDescriptor(globalThis, '__filename');
  require('fs').writeSync(1, [d.value, d.writable, d.enumerable, d.configurable].join() + '\\n');`,
      { status: 0, stdout: '[eval],true,true,true\n' });
check(`const names = ['process', 'Buffer', 'console', 'URL', 'TextEncoder', 'AbortController', 'Error', 'setTimeout'];
  require('fs').writeSync(1, names.map((n) => n in globalThis).join() + '\\n')`,
      { status: 0, stdout: 'true,true,true,true,true,true,true,true\n' });
check('globalThis.URL = 1; require("fs").writeSync(1, `${URL} ${Object.keys(globalThis).includes("URL")}\\n`)',
      { status: 0, stdout: '1 false\n' });
check('Buffer = 5; const d = Object.getOwnPropertyDescriptor(globalThis, "Buffer"); ' +
      'require("fs").writeSync(1, `${Buffer} ${typeof d.get} ${typeof d.set}\\n`)',
      { status: 0, stdout: '5 function function\n' });
check('"use strict"; try { navigator = 1; } catch (e) { require("fs").writeSync(1, `${e.name} ${typeof navigator}\\n`); }',
      { status: 0, stdout: 'TypeError object\n' });
check('require("fs").writeSync(1, `${typeof fetch} ${fetch.name} ${fetch.length} ${typeof queueMicrotask}\\n`)',
      { status: 0, stdout: 'function fetch 1 function\n' });
check('require("fs").writeSync(1, Object.prototype.toString.call(globalThis) + "\\n")',
      { status: 0, stdout: '[object global]\n' });
check('require("fs").writeSync(1, `${typeof Symbol.dispose} ${typeof Symbol.asyncDispose}\\n`)',
      { status: 0, stdout: 'symbol symbol\n' });

// The CommonJS globals of -e code.
check('console.log(typeof require, typeof module, module.exports === exports, __filename, __dirname)',
      { status: 0, stdout: 'function object true [eval] .\n' });
check('module = 1; exports = 2; console.log(module, exports)', { status: 0, stdout: '1 2\n' });

// Errors: from the code itself, from engine-made errors, a thrown
// primitive, microtasks, promises.
check('throw new Error("boom")', { status: 1, stderr: /^\[eval\]:1\nthrow new Error\("boom"\)\n\^\n\nError: boom\n {4}at \[eval\]:1:/ });
check('null.x', { status: 1, stderr: /TypeError/ });
check('throw 5', { status: 1, stderr: /\n5\n\(Use `node --trace-uncaught \.\.\.` to show where the exception was thrown\)/ });
check('queueMicrotask(() => { throw new RangeError("q"); })', { status: 1, stderr: /RangeError: q/ });
check('queueMicrotask(1)', { status: 1, stderr: /TypeError \[ERR_INVALID_ARG_TYPE\]: The "callback" argument/ });
check('Promise.reject(new Error("nope"))', { status: 1, stderr: /Error: nope/ });
check('Promise.reject(1); process.on("unhandledRejection", (r) => console.log("handled", r))',
      { status: 0, stdout: 'handled 1\n' });

// Exit codes and events.
check('process.exitCode = 3', { status: 3, stdout: '' });
check('process.on("exit", (c) => console.log("exit", c)); process.exitCode = 2', { status: 2, stdout: 'exit 2\n' });
check('process.on("beforeExit", () => console.log("before"))', { status: 0, stdout: 'before\n' });
check('setTimeout(() => console.log("later"), 1); console.log("now")', { status: 0, stdout: 'now\nlater\n' });
check('process.nextTick(() => console.log("tick")); Promise.resolve().then(() => console.log("promise"))',
      { status: 0, stdout: 'tick\npromise\n' });

// console.log of values that are not strings, to a pipe: no colors.
check('console.log(1, -0, 2n, true, null, undefined, NaN, "s", 1e21)',
      { status: 0, stdout: '1 -0 2n true null undefined NaN s 1e+21\n' });
check('console.log("%d items", 3, 4)', { status: 0, stdout: '3 items 4\n' });
check('console.log(5)', { status: 0, stdout: '5\n' });

// Options from the environment take the same path as the command line's.
const r = run('console.log(Error.stackTraceLimit)', false, { NODE_OPTIONS: '--stack-trace-limit=7' });
assert.strictEqual(r.stdout, '7\n', r.stderr);
