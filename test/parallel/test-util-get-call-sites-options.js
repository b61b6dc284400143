'use strict';
// util.getCallSites([frameCount][, options]): frameCount an integer in
// [1, 200]; options may come first; options.sourceMap (by default on with
// --enable-source-maps) shows frames of a file with a source map at their
// original place.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { getCallSites } = require('util');

function a() { return getCallSites(2); }
function b() { return a(); }
assert.deepStrictEqual(b().map((site) => site.functionName), ['a', 'b']);
assert.strictEqual(getCallSites({}).length > 0, true);
assert.strictEqual(getCallSites(undefined, { sourceMap: false }).length > 0, true);
assert.strictEqual(getCallSites(1, { sourceMap: true }).length, 1);

for (const value of [0, -1, 201]) {
  assert.throws(() => getCallSites(value), {
    code: 'ERR_OUT_OF_RANGE',
    message: `The value of "frameCount" is out of range. It must be >= 1 && <= 200. Received ${value}`,
  });
}
for (const value of [1.5, NaN, Infinity]) {
  assert.throws(() => getCallSites(value), { code: 'ERR_OUT_OF_RANGE', message: /It must be an integer/ });
}
assert.throws(() => getCallSites('x'), { code: 'ERR_INVALID_ARG_TYPE', message: /"frameCount" argument must be of type number/ });
assert.throws(() => getCallSites(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => getCallSites([]), { code: 'ERR_INVALID_ARG_TYPE', message: /Received an instance of Array/ });
assert.throws(() => getCallSites(5, 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => getCallSites(5, { sourceMap: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.sourceMap" property must be of type boolean. Received type string (\'x\')',
});

// A script whose inline source map puts generated line L at line L + 10 of
// src.ts, column 0.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-callsites-'));
const code = [
  "const { getCallSites } = require('util');",
  'function f(options) { return getCallSites(options); }',
  'const show = (sites) => sites.slice(0, 2).map((s) => [s.functionName, path(s.scriptName), s.lineNumber, s.column]);',
  "function path(name) { return name.slice(name.lastIndexOf('/') + 1); }",
  'console.log(JSON.stringify([show(f()), show(f({ sourceMap: true })), show(f({ sourceMap: false }))]));',
].join('\n');
const vlq = (n) => 'ACEGIKMOQSUWYace'[n]; // 0 <= n < 16, no continuation
const mappings = code.split('\n').map((line, i) => `AA${vlq(i === 0 ? 10 : 1)}A`).join(';');
const map = { version: 3, sources: ['src.ts'], names: [], mappings };
const file = path.join(dir, 'out.js');
fs.writeFileSync(file, `${code}\n//# sourceMappingURL=data:application/json;base64,${
  Buffer.from(JSON.stringify(map)).toString('base64')}\n`);
try {
  const plain = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(plain.status, 0, plain.stderr);
  const [byDefault, mapped, unmapped] = JSON.parse(plain.stdout);
  // The three calls sit in one line: compare all but the column.
  const place = (sites) => sites.map((s) => s.slice(0, 3));
  assert.deepStrictEqual(place(byDefault), [['f', 'out.js', 2], ['', 'out.js', 5]]);
  assert.deepStrictEqual(place(mapped), place(byDefault)); // no source maps were kept
  assert.deepStrictEqual(place(unmapped), place(byDefault));

  const withMaps = spawnSync(process.execPath, ['--enable-source-maps', file], { encoding: 'utf8' });
  assert.strictEqual(withMaps.status, 0, withMaps.stderr);
  const [byDefault2, mapped2, unmapped2] = JSON.parse(withMaps.stdout);
  assert.deepStrictEqual(byDefault2, [['f', 'src.ts', 12, 1], ['', 'src.ts', 15, 1]]);
  assert.deepStrictEqual(mapped2, byDefault2);
  assert.deepStrictEqual(place(unmapped2), place(byDefault));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
