'use strict';
// The source line and underline Node prints over a syntax error in the
// main file: the token the parser refused, underlined along its length;
// nothing underlined where the input ended too early (a CommonJS file
// that leaves a brace open is "Unexpected end of input" on its last line,
// as V8 reports it, not an error in a wrapper).
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-syntax-context-'));
function report(name, text) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(r.status, 1);
  const shown = name.endsWith('.mjs') ? `file://${file}` : file;
  assert.ok(r.stderr.startsWith(`${shown}:`), r.stderr);
  // The place, the line, the underline, a blank line, the error's first line.
  return r.stderr.slice(shown.length).split('\n').slice(0, 5).join('\n');
}

try {
  assert.strictEqual(report('open.js', 'const a = 1;\nlet x = {'),
                     ':2\nlet x = {\n         \n\nSyntaxError: Unexpected end of input');
  assert.strictEqual(report('open-newline.js', 'let x = {\n'),
                     ':2\n\n\n\nSyntaxError: Unexpected end of input');
  assert.strictEqual(report('open-call.js', 'foo(\n  1,\n'),
                     ':3\n\n\n\nSyntaxError: Unexpected end of input');
  assert.strictEqual(report('token.js', 'const x = 1 +;\n'),
                     ":1\nconst x = 1 +;\n             ^\n\nSyntaxError: Unexpected token ';'");
  assert.strictEqual(report('name.mjs', 'const a = 1;\nfoo bar;\n'),
                     ":2\nfoo bar;\n    ^^^\n\nSyntaxError: Unexpected identifier 'bar'");
  assert.strictEqual(report('string.mjs', "const s = 'abc' 'def';\n"),
                     ":1\nconst s = 'abc' 'def';\n                ^^^^^\n\nSyntaxError: Unexpected string");
  assert.strictEqual(report('open.mjs', 'let x = {\n'),
                     ':2\n\n\n\nSyntaxError: Unexpected end of input');
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
