'use strict';
// Port messages arrive from the poll phase: after the timers that are due,
// before setImmediate, with the nextTick queue and promise jobs drained
// after each message; 'close' comes in the close phase, in the order the
// ports were closed.
const assert = require('assert');

const log = [];
const { port1, port2 } = new MessageChannel();
port2.on('message', (m) => {
  log.push(`message ${m}`);
  process.nextTick(() => log.push(`tick ${m}`));
  Promise.resolve().then(() => log.push(`promise ${m}`));
  if (m === 3) port2.close();
});
port2.on('close', () => log.push('close port2'));
port1.on('message', () => assert.fail('port1 gets nothing'));
port1.on('close', () => log.push('close port1'));

setTimeout(() => {
  log.push('timeout');
  setImmediate(() => log.push('immediate'));
  port1.postMessage(1);
  port1.postMessage(2);
  port1.postMessage(3);
  log.push('posted');
}, 1);

process.on('exit', () => {
  assert.deepStrictEqual(log, [
    'timeout', 'posted',
    'message 1', 'tick 1', 'promise 1',
    'message 2', 'tick 2', 'promise 2',
    'message 3', 'tick 3', 'promise 3',
    'immediate',
    'close port2', 'close port1',
  ]);
});
