'use strict';
// The command-line flags that set net's family-autoselection defaults.
require('../common');
const assert = require('assert');
const { execFileSync } = require('child_process');

function run(...flags) {
  return execFileSync(process.execPath, [...flags, '-p',
    "const net = require('net'); [net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout()].join()"],
  { encoding: 'utf8' }).trim();
}

assert.strictEqual(run(), 'true,250');
assert.strictEqual(run('--no-network-family-autoselection'), 'false,250');
assert.strictEqual(run('--network-family-autoselection'), 'true,250');
assert.strictEqual(run('--network-family-autoselection-attempt-timeout=123'), 'true,123');
assert.strictEqual(run('--network-family-autoselection-attempt-timeout', '40'), 'true,40');
