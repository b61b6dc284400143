'use strict';
// Promisifying a function that returns a promise is likely a mistake: each
// call of the result warns with DEP0174 (the call still happens).
const assert = require('assert');
const common = require('../common');
const { promisify } = require('util');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

async function main() {
  const fn = promisify(async (cb) => { cb(null, 'v'); });
  assert.strictEqual(await fn(), 'v');
  assert.strictEqual(await fn(), 'v');
  // A plain callback function does not warn.
  assert.strictEqual(await promisify((cb) => cb(null, 1))(), 1);
  await new Promise(setImmediate);
  assert.strictEqual(warnings.length, 2);
  for (const w of warnings) {
    assert.strictEqual(w.name, 'DeprecationWarning');
    assert.strictEqual(w.code, 'DEP0174');
    assert.strictEqual(w.message, 'Calling promisify on a function that returns a Promise is likely a mistake.');
  }
}

main().then(common.mustCall());
