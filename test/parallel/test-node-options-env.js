'use strict';
// NODE_OPTIONS: options taken as if given first on the command line, not
// listed in process.execArgv; quoted words; forbidden options exit 9.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function run(nodeOptions, ...args) {
  return spawnSync(process.execPath, args, {
    env: { ...process.env, NODE_OPTIONS: nodeOptions }, encoding: 'utf8',
  });
}

let r = run('--no-deprecation --stack-trace-limit=4', '-p',
            'JSON.stringify([process.noDeprecation, Error.stackTraceLimit, process.execArgv.length])');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.trim(), '[true,4,2]');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-node-options-'));
const pre = path.join(dir, 'a b.js');
fs.writeFileSync(pre, 'globalThis.preloaded = "yes";\n');
r = run(`--require "${pre}"`, '-p', 'globalThis.preloaded');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.trim(), 'yes');

// A word that is not an option is ignored.
r = run('notes.txt --no-warnings', '-p', '1');
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout.trim(), '1');

for (const bad of ['-e 1', '--print 1', '--expose-internals', '--check']) {
  r = run(bad, '-p', '1');
  assert.strictEqual(r.status, 9, bad);
  const name = bad.split(' ')[0];
  assert.match(r.stderr, new RegExp(`: ${name} is not allowed in NODE_OPTIONS`));
  assert.strictEqual(r.stdout, '');
}
fs.rmSync(dir, { recursive: true, force: true });
