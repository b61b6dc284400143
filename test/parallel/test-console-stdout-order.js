'use strict';
// The global console and process.stdout/stderr write in program order,
// however they are mixed; a process.stdout replaced (by assignment, by
// defineProperty, or by patching its write) receives the console's output.
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(r.status, 0, r.stderr);
  return r;
}

let r = run("console.log('a'); process.stdout.write('b\\n'); console.log('c'); console.error('e1');" +
            "process.stderr.write('e2\\n'); console.error('e3');");
assert.strictEqual(r.stdout, 'a\nb\nc\n');
assert.strictEqual(r.stderr, 'e1\ne2\ne3\n');

r = run("const seen = []; const w = process.stdout.write; process.stdout.write = (s) => seen.push(s);" +
        "console.log('x', 'y'); process.stdout.write = w; console.log(JSON.stringify(seen));");
assert.strictEqual(r.stdout, '["x y\\n"]\n');

r = run("const seen = []; const out = new (require('stream').Writable)({ write(c, e, cb) { seen.push(String(c)); cb(); } });" +
        "Object.defineProperty(process, 'stdout', { value: out, configurable: true });" +
        "console.log('hidden'); process.stderr.write(JSON.stringify(seen));");
assert.strictEqual(r.stdout, '');
assert.strictEqual(r.stderr, '["hidden\\n"]');

r = run("console.group('g'); console.log('in'); console.groupEnd(); console.log('out');");
assert.strictEqual(r.stdout, 'g\n  in\nout\n');
