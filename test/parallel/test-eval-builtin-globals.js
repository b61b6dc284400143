'use strict';
// Code given with -e or -p finds the builtin modules as globals (loaded
// when first read, replaceable by assignment); not the node:-only ones,
// subpaths or _stream_* names, and a script file gets none of them.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function run(args) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

assert.strictEqual(run(['-p', "[typeof fs.readFileSync, typeof path.join, typeof child_process.spawn, typeof zlib.gzipSync].join()"]),
                   'function,function,function,function\n');
assert.strictEqual(run(['-p', "[typeof test, typeof _stream_readable, 'os' in globalThis, Object.keys(globalThis).includes('os')].join()"]),
                   'undefined,undefined,true,false\n');
assert.strictEqual(run(['-p', "const d = Object.getOwnPropertyDescriptor(globalThis, 'os'); [typeof d.get, typeof d.set, d.enumerable, d.configurable].join()"]),
                   'function,function,false,true\n');
assert.strictEqual(run(['-e', 'os = 5; console.log(os)']), '5\n');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-eval-'));
const file = path.join(dir, 'script.js');
fs.writeFileSync(file, 'console.log(typeof os, typeof fs)');
assert.strictEqual(run([file]), 'undefined undefined\n');
fs.rmSync(dir, { recursive: true });

// A getter that throws inside os.userInfo's options is reported, not lost.
const r = spawnSync(process.execPath, ['-e', "os.userInfo({ get encoding() { throw new Error('xyz'); } })"],
                    { encoding: 'utf8' });
assert.strictEqual(r.status, 1);
assert.match(r.stderr, /Error: xyz/);
