'use strict';
// process.stdin by what fd 0 is: a pipe (net.Socket), a file (fs.ReadStream),
// nothing; paused until read, so an unread stdin does not keep the process
// alive; readable in flowing mode, with async iteration and with readline.
// node:tty's isatty and ReadStream's argument errors.
const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tty = require('tty');

function run(code, input, stdio) {
  const r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', input, stdio });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.status, 0);
  return r.stdout;
}

assert.strictEqual(run(`
  const s = process.stdin;
  console.log(s.constructor.name, s.fd, s.readable, s.readableFlowing);
  s.on('data', (d) => console.log('data', JSON.stringify(String(d))));
  s.on('end', () => console.log('end'));`, 'hi\n'), 'Socket 0 true null\ndata "hi\\n"\nend\n');
assert.strictEqual(run(`
  (async () => { let n = 0; for await (const c of process.stdin) n += c.length; console.log('bytes', n); })();`,
  'a\nb\nc\n'), 'bytes 6\n');
assert.strictEqual(run(`
  const rl = require('readline').createInterface({ input: process.stdin });
  rl.on('line', (l) => console.log('line', l));
  rl.on('close', () => console.log('closed'));`, 'x\ny\n'), 'line x\nline y\nclosed\n');
// Touched but never read: the process ends.
assert.strictEqual(run("process.stdin; setTimeout(() => console.log('ended'), 10);", undefined,
                       ['pipe', 'pipe', 'pipe']), 'ended\n');
// A file.
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdin-')), 'in.txt');
fs.writeFileSync(file, 'from a file');
const fd = fs.openSync(file, 'r');
assert.strictEqual(run(`
  const s = process.stdin;
  console.log(s.constructor.name);
  s.setEncoding('utf8');
  s.on('data', (d) => console.log(d));`, undefined, [fd, 'pipe', 'pipe']), 'ReadStream\nfrom a file\n');
fs.closeSync(fd);
fs.rmSync(path.dirname(file), { recursive: true });

assert.deepStrictEqual(Object.keys(tty), ['isatty', 'ReadStream', 'WriteStream']);
for (const bad of [-1, 1.5, '0', 2 ** 31, null]) assert.strictEqual(tty.isatty(bad), false);
assert.throws(() => new tty.ReadStream(-1), {
  name: 'RangeError', code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1',
});
const notTTY = fs.openSync(__filename, 'r');
assert.throws(() => new tty.ReadStream(notTTY), {
  code: 'ERR_TTY_INIT_FAILED',
  message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
});
fs.closeSync(notTTY);

// process.openStdin(): stdin, flowing.
assert.strictEqual(run("const s = process.openStdin(); console.log(s === process.stdin, s.readableFlowing);" +
                       "s.on('data', (d) => console.log(String(d).trim()));", 'abc\n'), 'true true\nabc\n');
