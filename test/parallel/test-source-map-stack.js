'use strict';
// With source maps enabled, err.stack and the report of an uncaught error
// show the original places: frames of mapped modules, and the source line
// with its caret, taken from sourcesContent or else read from disk.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-srcmap-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// Generated:                        Original (src/orig.ts, 0-based lines):
// 0 function f() {                  10 function origName() {
// 1   throw new Error('boom');      11       throw new Error('boom');
// 2 }                               12     }
// 3 f();                            14   origName();
const original = `${'\n'.repeat(10)}function origName() {\n      throw new Error('boom');\n    }\n\n  origName();\n`;
const map = {
  version: 3, sources: ['src/orig.ts'], names: ['origName'],
  mappings: 'AAUA,SAAaA;EACP,MAAM;AACR;AAEF',
};
const generated = "function f() {\n  throw new Error('boom');\n}\nf();\n";
const inline = (m) => `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(m)).toString('base64')}\n`;
const withContent = path.join(dir, 'with-content.js');
fs.writeFileSync(withContent, generated + inline({ ...map, sourcesContent: [original] }));
const onDisk = path.join(dir, 'on-disk.js');
fs.writeFileSync(onDisk, generated + inline(map));
fs.mkdirSync(path.join(dir, 'src'));
fs.writeFileSync(path.join(dir, 'src', 'orig.ts'), original.replace('      throw', '\t  throw'));
const orig = path.join(dir, 'src', 'orig.ts');

function stackOf(file) {
  try {
    require(file);
  } catch (err) {
    delete require.cache[file];
    return err.stack.split('\n');
  }
  assert.fail('no throw');
}

// Disabled: generated places.
assert.match(stackOf(withContent)[1], /with-content\.js:2:\d+\)$/);

process.setSourceMapsEnabled(true);
const lines = stackOf(withContent);
assert.strictEqual(lines[0], 'Error: boom');
assert.ok(lines[1].endsWith(` (${orig}:12:13)`), lines[1]);
assert.ok(lines[2].endsWith(`${orig}:15:3`) || lines[2].endsWith(`${orig}:15:3)`), lines[2]);

// The stack is made when first read: a map disabled by then is not used.
let err;
try {
  require(onDisk);
} catch (e) {
  err = e;
}
process.setSourceMapsEnabled(false);
assert.match(err.stack.split('\n')[1], /on-disk\.js:2:\d+\)$/);

// An uncaught error: the original line under its file name, the caret at
// the throw; tabs kept so the caret lines up.
for (const [file, context] of [
  [withContent, `${orig}:12\n      throw new Error('boom');\n      ^\n`],
  [onDisk, `${orig}:12\n\t  throw new Error('boom');\n\t     ^\n`],
]) {
  const child = spawnSync(process.execPath, ['--enable-source-maps', file]);
  assert.strictEqual(child.status, 1);
  const stderr = child.stderr.toString();
  assert.ok(stderr.includes(`${context}\nError: boom\n`), stderr);
  assert.match(stderr, new RegExp(` \\(${orig.replace(/[.\\/]/g, '\\$&')}:12:13\\)\n`));
}

// Without the flag, the generated file.
const plain = spawnSync(process.execPath, [withContent]);
assert.ok(plain.stderr.toString().startsWith(`${withContent}:2\n  throw new Error('boom');\n  ^\n`));
