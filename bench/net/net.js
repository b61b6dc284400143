'use strict';
// node:net over loopback, one workload per run, printing the milliseconds
// of its timed part:
//
//   RUNTIME bench/net/net.js echo [MiB]       a client sends MiB (default 1024)
//                                             in 64 KiB writes to an echo
//                                             server and reads it all back
//   RUNTIME bench/net/net.js connections [N]  N short connections (default
//                                             20000), 50 at a time: connect,
//                                             write 16 bytes, read the echo,
//                                             close
//
// bench/net/run.sh runs both under kiln and node and prints the ratios.
const net = require('net');

const [kind = 'echo', arg] = process.argv.slice(2);

function echoServer(cb) {
  const server = net.createServer((sock) => sock.pipe(sock));
  server.listen(0, '127.0.0.1', () => cb(server));
}

function echo(mib) {
  const total = mib * 1024 * 1024;
  const chunk = Buffer.alloc(64 * 1024, 'x');
  echoServer((server) => {
    const start = process.hrtime.bigint();
    const c = net.connect(server.address().port, '127.0.0.1');
    let sent = 0;
    let received = 0;
    function send() {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) {
          c.once('drain', send);
          return;
        }
      }
      c.end();
    }
    c.on('connect', send);
    c.on('data', (d) => { received += d.length; });
    c.on('end', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (received !== total) throw new Error(`received ${received} of ${total}`);
      console.log(ms.toFixed(1));
      server.close();
    });
  });
}

function connections(n) {
  const message = Buffer.from('0123456789abcdef');
  echoServer((server) => {
    const { port } = server.address();
    const start = process.hrtime.bigint();
    let started = 0;
    let done = 0;
    function one() {
      started++;
      const c = net.connect(port, '127.0.0.1', () => c.end(message));
      let got = 0;
      c.on('data', (d) => { got += d.length; });
      c.on('close', () => {
        if (got !== message.length) throw new Error('short echo');
        if (++done === n) {
          console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(1));
          server.close();
        } else if (started < n) {
          one();
        }
      });
    }
    for (let i = 0; i < 50 && i < n; i++) one();
  });
}

if (kind === 'echo') echo(Number(arg) || 1024);
else if (kind === 'connections') connections(Number(arg) || 20000);
else throw new Error(`unknown workload ${kind}`);
