'use strict';
// Timers, immediates and nextTicks scheduled from an 'exit' listener never
// run: the process ends once the 'exit' listeners return.
process.on('exit', () => {
  const fail = (what) => () => {
    console.error(`${what} scheduled in 'exit' ran`);
    process.exit(1);
  };
  setTimeout(fail('timeout'), 0);
  setImmediate(fail('immediate'));
  process.nextTick(fail('nextTick'));
});
