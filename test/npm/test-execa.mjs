// execa 9 (ES modules only), which leans on much of node:child_process,
// streams, events and IPC: results and errors, the template form, pipes,
// input, line iteration, interleaved output, timeouts, cancellation, and
// messages to and from a Node child.
import assert from 'node:assert';
import { execa, execaSync, execaNode, $, ExecaError } from 'execa';

let r = await execa('echo', ['hello']);
assert.strictEqual(r.stdout, 'hello');
assert.strictEqual(r.exitCode, 0);
assert.strictEqual(r.failed, false);
assert.strictEqual(r.command, 'echo hello');

const s = execaSync('sh', ['-c', 'echo out; echo err >&2; exit 3'], { reject: false });
assert.deepStrictEqual([s.stdout, s.stderr, s.exitCode, s.failed], ['out', 'err', 3, true]);

await assert.rejects(execa('sh', ['-c', 'echo oops >&2; exit 2']), (e) => {
  assert.ok(e instanceof ExecaError);
  assert.strictEqual(e.exitCode, 2);
  assert.strictEqual(e.stderr, 'oops');
  assert.match(e.message, /^Command failed with exit code 2: sh -c/);
  return true;
});
await assert.rejects(execa('no-such-command-for-kiln'), (e) => e.code === 'ENOENT' && e.failed === true);

// The template form, with interpolated arguments kept whole.
const arg = 'two words';
r = await $`echo ${arg} ${['a', 'b']}`;
assert.strictEqual(r.stdout, 'two words a b');

// Pipes, input and encodings.
r = await execa('printf', ['a\nb\nc\n']).pipe('wc', ['-l']);
assert.strictEqual(r.stdout.trim(), '3');
r = await execa('cat', { input: 'from input' });
assert.strictEqual(r.stdout, 'from input');
r = await execa('printf', ['\\001\\002'], { encoding: 'buffer' });
assert.deepStrictEqual([...r.stdout], [1, 2]);
r = await execa('sh', ['-c', 'echo 1; echo 2 >&2; echo 3'], { all: true });
assert.strictEqual(r.all.split('\n').sort().join(','), '1,2,3');
r = await execa('printf', ['x\ny\n'], { lines: true });
assert.deepStrictEqual(r.stdout, ['x', 'y']);

const lines = [];
for await (const line of execa('printf', ['1\n2\n3\n'])) lines.push(line);
assert.deepStrictEqual(lines, ['1', '2', '3']);

// Ending a child: a timeout, and an AbortSignal.
await assert.rejects(execa('sleep', ['5'], { timeout: 100 }), (e) => e.timedOut === true && e.signal === 'SIGTERM');
const controller = new AbortController();
const sleeping = execa('sleep', ['5'], { cancelSignal: controller.signal });
setTimeout(() => controller.abort(), 50);
await assert.rejects(sleeping, (e) => e.isCanceled === true);

// A Node child (this runtime) with an IPC channel: messages both ways.
const child = execaNode({ nodePath: process.execPath, ipc: true })`${new URL('./fixtures/echo-ipc.mjs', import.meta.url).pathname}`;
await child.sendMessage({ ping: 1 });
assert.deepStrictEqual(await child.getOneMessage(), { pong: 1 });
r = await child;
assert.deepStrictEqual(r.ipcOutput, [{ pong: 1 }]);
assert.strictEqual(r.stdout, 'child done');
