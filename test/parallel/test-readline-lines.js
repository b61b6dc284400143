'use strict';
// node:readline splits a stream into lines: \n, \r\n, a lone \r and the
// Unicode separators end a line; a last line without an ending comes at
// 'end'; async iteration yields the lines and ends at 'close'.
const assert = require('assert');
const readline = require('readline');
const { PassThrough, Readable } = require('stream');

let pending = 0;
function done() { pending--; }

{
  pending++;
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => {
    assert.deepStrictEqual(lines, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'tail']);
    assert.strictEqual(rl.closed, true);
    done();
  });
  input.write('a\nb\r\nc\rd');
  input.write('\u2028e\u2029f\n');
  // A \r at the end of one chunk and \n at the start of the next: one ending.
  input.write('g\r');
  input.write('\ntail');
  input.end();
}

(async () => {
  pending++;
  const rl = readline.createInterface({ input: Readable.from(['x\ny', '\nz']), crlfDelay: Infinity });
  const got = [];
  for await (const line of rl) got.push(line);
  assert.deepStrictEqual(got, ['x', 'y', 'z']);
  done();
})().catch((e) => { throw e; });

{
  // pause/resume events, and use after close.
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  const events = [];
  rl.on('pause', () => events.push('pause'));
  rl.on('resume', () => events.push('resume'));
  rl.pause();
  rl.pause();
  rl.resume();
  rl.close();
  assert.deepStrictEqual(events, ['pause', 'resume', 'pause']);
  assert.throws(() => rl.write('x'), { code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });
  assert.throws(() => rl.pause(), { code: 'ERR_USE_AFTER_CLOSE' });
  rl.close(); // A second close is a no-op.
}

{
  const input = new PassThrough();
  assert.throws(() => readline.createInterface({ input, completer: 1 }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => readline.createInterface({ input, history: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => readline.createInterface({ input, historySize: -1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => readline.createInterface({ input, tabSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  // Callable without new.
  const rl = readline.Interface({ input });
  assert.ok(rl instanceof readline.Interface);
  rl.close();
}

process.on('exit', () => assert.strictEqual(pending, 0));
