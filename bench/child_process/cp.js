'use strict';
// One node:child_process workload, named by the first argument; prints the
// milliseconds it took for run.sh.
//   spawn N       spawn('true') N times in sequence, each to 'close'
//   execSync N    execSync('echo hi') N times
//   exec N        exec('echo hi') N times in sequence
//   cat MiB       MiB mebibytes written through `cat` and read back
//   ipc N         fork this script and make N message round trips over IPC
const cp = require('child_process');

const [op, arg] = process.argv.slice(2);
const n = Number(arg);
const start = process.hrtime.bigint();
const done = () => console.log(Number(process.hrtime.bigint() - start) / 1e6);

if (op === 'spawn') {
  let i = 0;
  const next = () => {
    if (i++ === n) return done();
    cp.spawn('true').on('close', next);
  };
  next();
} else if (op === 'execSync') {
  for (let i = 0; i < n; i++) cp.execSync('echo hi');
  done();
} else if (op === 'exec') {
  let i = 0;
  const next = () => {
    if (i++ === n) return done();
    cp.exec('echo hi', next);
  };
  next();
} else if (op === 'cat') {
  const total = n * 1024 * 1024;
  const chunk = Buffer.alloc(1 << 16, 'c');
  const child = cp.spawn('cat');
  let written = 0;
  let received = 0;
  const pump = () => {
    while (written < total) {
      written += chunk.length;
      if (!child.stdin.write(chunk)) return child.stdin.once('drain', pump);
    }
    child.stdin.end();
  };
  child.stdout.on('data', (d) => { received += d.length; });
  child.on('close', () => {
    if (received !== total) throw new Error(`got ${received} of ${total} bytes`);
    done();
  });
  pump();
} else if (op === 'ipc') {
  const child = cp.fork(__filename, ['ipc-child']);
  let i = 0;
  child.on('message', () => {
    if (++i === n) {
      child.disconnect();
      return done();
    }
    child.send({ i, text: 'ping' });
  });
  child.send({ i, text: 'ping' });
} else if (op === 'ipc-child') {
  process.on('message', (m) => process.send({ i: m.i, text: 'pong' }));
} else {
  throw new Error(`unknown workload ${op}`);
}
