'use strict';
// exec and execFile: strings or Buffers, the error of a failed command
// and its fields, maxBuffer, timeout, and the util.promisify forms.
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

let done = 0;
const expected = 10;

cp.exec('echo hi; echo bad >&2', (err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'hi\n');
  assert.strictEqual(stderr, 'bad\n');
  done++;
});

cp.exec('echo out; echo oops >&2; exit 7', (err, stdout, stderr) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo out; echo oops >&2; exit 7\noops\n');
  assert.strictEqual(err.code, 7);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo oops >&2; exit 7');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'oops\n');
  done++;
});

cp.execFile('printf', ['%s', 'abc'], { encoding: 'buffer' }, (err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert(Buffer.isBuffer(stdout) && Buffer.isBuffer(stderr));
  assert.strictEqual(stdout.toString(), 'abc');
  assert.strictEqual(stderr.length, 0);
  done++;
});

cp.execFile(process.execPath, ['-e', 'process.stdout.write("\\u00e9t\\u00e9")'], { encoding: 'latin1' },
            (err, stdout) => {
              assert.strictEqual(err, null);
              assert.strictEqual(stdout, Buffer.from('été').toString('latin1'));
              done++;
            });

cp.exec('head -c 100000 /dev/zero | tr "\\0" a', { maxBuffer: 1000 }, (err, stdout) => {
  assert(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, 'a'.repeat(1000));
  done++;
});

const started = Date.now();
cp.exec('sleep 10', { timeout: 50 }, (err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: sleep 10\n');
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert(Date.now() - started < 5000);
  done++;
});

cp.execFile('sleep', ['10'], { timeout: 50, killSignal: 'SIGKILL' }, (err) => {
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.cmd, 'sleep 10');
  done++;
});

const child = cp.execFile('cat', (err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'piped');
  done++;
});
assert(child instanceof cp.ChildProcess);
child.stdin.end('piped');

(async () => {
  const execP = util.promisify(cp.exec);
  const p = execP('echo promised');
  assert(p.child instanceof cp.ChildProcess);
  assert.deepStrictEqual(await p, { stdout: 'promised\n', stderr: '' });
  await assert.rejects(util.promisify(cp.execFile)('sh', ['-c', 'echo o; echo e >&2; exit 2']), (err) => {
    assert.strictEqual(err.code, 2);
    assert.strictEqual(err.stdout, 'o\n');
    assert.strictEqual(err.stderr, 'e\n');
    return true;
  });
  done += 2;
})().then(() => {}, (err) => { throw err; });

assert.throws(() => cp.exec(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('true', [], 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('true', [], {}, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.exec('true', { maxBuffer: -1 }, () => {}), { code: 'ERR_OUT_OF_RANGE' });

process.on('exit', () => assert.strictEqual(done, expected));
