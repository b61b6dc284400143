'use strict';
// rl.question() with a callback, promisified, and from readline/promises;
// the prompt is written to the output; AbortSignal cancels; in terminal
// mode ctrl+c/ctrl+d reject a pending promise question.
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const util = require('util');
const { PassThrough } = require('stream');

const calls = [];
process.on('exit', () => {
  assert.deepStrictEqual(calls.sort(), ['callback', 'ctrl+c', 'ctrl+d', 'promise', 'promisified', 'signal'].sort());
});

{
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, prompt: '$ ' });
  rl.question('name? ', (answer) => {
    assert.strictEqual(answer, 'kiln');
    assert.strictEqual(output.read().toString(), 'name? ');
    // The prompt is restored after the answer.
    assert.strictEqual(rl.getPrompt(), '$ ');
    calls.push('callback');
    rl.close();
    assert.throws(() => rl.question('again?', () => {}), { code: 'ERR_USE_AFTER_CLOSE' });
  });
  input.write('kiln\n');
}

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  util.promisify(rl.question).bind(rl)('q? ').then((answer) => {
    assert.strictEqual(answer, 'yes');
    calls.push('promisified');
    rl.close();
  });
  input.write('yes\n');
}

(async () => {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output: new PassThrough() });
  setImmediate(() => input.write('42\n'));
  assert.strictEqual(await rl.question('n? '), '42');
  calls.push('promise');

  const ac = new AbortController();
  const p = rl.question('never? ', { signal: ac.signal });
  ac.abort('why');
  await assert.rejects(p, { name: 'AbortError', cause: 'why' });
  calls.push('signal');
  rl.close();
})();

for (const [name, keyName] of [['ctrl+c', 'c'], ['ctrl+d', 'd']]) {
  const input = new PassThrough();
  const rl = readlinePromises.createInterface({ input, output: new PassThrough(), terminal: true });
  rl.question('?').then(assert.fail, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.message, `Aborted with Ctrl+${keyName.toUpperCase()}`);
    assert.strictEqual(rl.closed, true);
    calls.push(name);
  });
  input.emit('keypress', '', { ctrl: true, name: keyName });
}
