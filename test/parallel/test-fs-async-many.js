'use strict';
// Many asynchronous fs calls of every kind at once and in chains, with one
// pool thread and with the default number: every callback runs once, with
// the right result, in the order each chain asks; nothing is left pending.
const assert = require('assert');
const childProcess = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.argv[2] === 'child') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-async-many-'));
  const files = [];
  for (let i = 0; i < 50; i++) {
    const file = path.join(dir, `f${i}`);
    fs.writeFileSync(file, `content ${i}\n`.repeat(i + 1));
    files.push(file);
  }
  let calls = 0;
  const done = () => { calls++; };

  // 1,000 concurrent calls of mixed kinds.
  for (let i = 0; i < 1000; i++) {
    const i50 = i % 50;
    const file = files[i50];
    const want = `content ${i50}\n`.repeat(i50 + 1);
    switch (i % 5) {
      case 0:
        fs.stat(file, (err, st) => { assert.ifError(err); assert.strictEqual(st.size, want.length); done(); });
        break;
      case 1:
        fs.readFile(file, 'utf8', (err, text) => { assert.ifError(err); assert.strictEqual(text, want); done(); });
        break;
      case 2:
        fs.access(file, (err) => { assert.ifError(err); done(); });
        break;
      case 3:
        fs.promises.readdir(dir).then((names) => { assert.strictEqual(names.length >= 50, true); done(); });
        break;
      default:
        fs.open(file, 'r', (err, fd) => {
          assert.ifError(err);
          const buf = Buffer.alloc(want.length);
          fs.read(fd, buf, 0, buf.length, 0, (err2, n) => {
            assert.ifError(err2);
            assert.strictEqual(buf.toString('utf8', 0, n), want);
            fs.close(fd, (err3) => { assert.ifError(err3); done(); });
          });
        });
    }
  }

  // A chain: each call starts when the previous one is done.
  let chained = 0;
  const target = path.join(dir, 'chain');
  (function step(i) {
    if (i === 200) {
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'x'.repeat(200));
      chained = i;
      return;
    }
    fs.appendFile(target, 'x', (err) => {
      assert.ifError(err);
      fs.stat(target, (err2, st) => {
        assert.ifError(err2);
        assert.strictEqual(st.size, i + 1);
        step(i + 1);
      });
    });
  })(0);

  // Errors come back through the callback, with Node's fields.
  const missing = path.join(dir, 'missing');
  fs.stat(missing, (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'stat');
    assert.strictEqual(err.path, missing);
    done();
  });

  process.on('exit', () => {
    assert.strictEqual(calls, 1001);
    assert.strictEqual(chained, 200);
    assert.deepStrictEqual(process.getActiveResourcesInfo().filter((r) => r.startsWith('FSReq')), []);
    fs.rmSync(dir, { recursive: true });
  });
} else {
  for (const size of ['1', '4']) {
    const r = childProcess.spawnSync(process.execPath, [__filename, 'child'], {
      env: { ...process.env, UV_THREADPOOL_SIZE: size },
      encoding: 'utf8',
    });
    assert.strictEqual(r.status, 0, `UV_THREADPOOL_SIZE=${size}: ${r.stderr}`);
  }
}
