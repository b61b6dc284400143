'use strict';
// util.getCallSites(n): the caller's frames, innermost first, with
// function names, this file's name and line numbers; null-prototype objects.
const assert = require('assert');
const util = require('util');

function inner() { return util.getCallSites(3); }
function outer() { return inner(); }
const sites = outer();
assert.strictEqual(sites.length, 3);
assert.deepStrictEqual(sites.slice(0, 2).map((s) => s.functionName), ['inner', 'outer']);
assert.strictEqual(sites[0].scriptName, __filename);
assert.strictEqual(sites[0].lineNumber, 7);
assert.strictEqual(sites[1].lineNumber, 8);
assert.strictEqual(sites[2].lineNumber, 9);
assert.strictEqual(typeof sites[0].column, 'number');
assert.strictEqual(Object.getPrototypeOf(sites[0]), null);
assert.strictEqual(util.getCallSites(1).length, 1);
