'use strict';
// Piping through a child: stdin written and ended, 'cat' echoing it back;
// 16 MiB through cat with backpressure on both sides; stdio forms
// 'ignore', 'inherit', an fd and a stream with an fd.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

{
  const cat = cp.spawn('cat');
  let out = '';
  cat.stdout.setEncoding('utf8');
  cat.stdout.on('data', (d) => { out += d; });
  cat.stdin.write('hello ');
  cat.stdin.end('world');
  cat.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'hello world');
  });
}

{
  // 16 MiB in chunks, honouring write()'s backpressure, counted and summed
  // on the way out.
  const total = 16 * 1024 * 1024;
  const chunk = Buffer.alloc(65536);
  for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
  const cat = cp.spawn('cat');
  let written = 0;
  let sawBackpressure = false;
  function pump() {
    while (written < total) {
      written += chunk.length;
      if (!cat.stdin.write(chunk)) {
        sawBackpressure = true;
        cat.stdin.once('drain', pump);
        return;
      }
    }
    cat.stdin.end();
  }
  pump();
  let received = 0;
  let mismatches = 0;
  cat.stdout.on('data', (d) => {
    // Byte n of the stream is n & 0xff: check every 997th one.
    for (let i = (997 - (received % 997)) % 997; i < d.length; i += 997) {
      if (d[i] !== ((received + i) & 0xff)) mismatches++;
    }
    received += d.length;
  });
  cat.on('close', (code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(received, total);
    assert.strictEqual(sawBackpressure, true);
    assert.strictEqual(mismatches, 0);
  });
}

{
  // Output nobody reads (less than a pipe holds) does not hold up 'close'.
  const c = cp.spawn('sh', ['-c', 'head -c 10000 /dev/zero']);
  c.on('close', (code) => assert.strictEqual(code, 0));
}

{
  const c = cp.spawn('sh', ['-c', 'echo x'], { stdio: 'ignore' });
  assert.strictEqual(c.stdin, null);
  assert.strictEqual(c.stdout, null);
  assert.strictEqual(c.stderr, null);
  assert.deepStrictEqual(c.stdio, [null, null, null]);
  c.on('close', (code) => assert.strictEqual(code, 0));
}

{
  // stdout to a file by fd, and by a stream with an fd; stderr inherited.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-'));
  const file = path.join(dir, 'out.txt');
  const fd = fs.openSync(file, 'w');
  const c = cp.spawn('sh', ['-c', 'echo to-file'], { stdio: ['ignore', fd, 'inherit'] });
  assert.strictEqual(c.stdout, null);
  c.on('close', (code) => {
    fs.closeSync(fd);
    assert.strictEqual(code, 0);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to-file\n');
    const ws = fs.createWriteStream(file);
    ws.on('open', () => {
      cp.spawn('sh', ['-c', 'echo via-stream'], { stdio: ['ignore', ws, 'pipe'] }).on('close', (code2) => {
        assert.strictEqual(code2, 0);
        ws.end(() => {
          assert.strictEqual(fs.readFileSync(file, 'utf8'), 'via-stream\n');
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
  });
}

{
  // An array shorter than three entries is filled with pipes.
  const c = cp.spawn('sh', ['-c', 'echo e >&2'], { stdio: ['ignore'] });
  assert.strictEqual(c.stdin, null);
  assert.notStrictEqual(c.stderr, null);
  let err = '';
  c.stderr.on('data', (d) => { err += d; });
  c.on('close', () => assert.strictEqual(err, 'e\n'));
}

{
  // A fourth pipe: the child writes to its fd 3; the socket is a duplex.
  const c = cp.spawn('sh', ['-c', 'echo three >&3'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  assert.strictEqual(c.stdio.length, 4);
  assert.strictEqual(c.stdio[3].readable, true);
  assert.strictEqual(c.stdio[3].writable, true);
  let three = '';
  c.stdio[3].on('data', (d) => { three += d; });
  c.on('close', () => assert.strictEqual(three, 'three\n'));
}
