'use strict';
// Every node:path function, posix and win32, on the generated inputs of
// test/fixtures/path-table/table.json (320 per function), against the
// results Node 24 gave for them (generate.js there makes the table). Each
// row is [args, { value }] or [args, { code }] for an input that throws.
// resolve() and relative() read the working directory: the table was made
// with it at '/'.
require('../common');
const assert = require('assert');
const path = require('path');

const table = require('../fixtures/path-table/table.json');
process.chdir('/');

const functions = Object.keys(table);
assert.strictEqual(functions.length, 24);
let failures = [];
for (const key of functions) {
  const [platform, fn] = key.split('.');
  const rows = table[key];
  assert.ok(rows.length >= 300, `${key} has ${rows.length} rows`);
  for (const [args, expected] of rows) {
    let actual;
    try {
      actual = { value: path[platform][fn](...args) };
    } catch (err) {
      actual = { code: err.code };
    }
    try {
      assert.deepStrictEqual(actual, expected);
    } catch {
      failures.push(`path.${key}(${args.map((a) => JSON.stringify(a)).join(', ')}): ` +
                    `${JSON.stringify(actual)}, Node 24: ${JSON.stringify(expected)}`);
    }
  }
}
if (failures.length > 0) {
  const shown = failures.slice(0, 20).join('\n');
  failures = failures.length;
  assert.fail(`${failures} results differ from Node 24's:\n${shown}`);
}
