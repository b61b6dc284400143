'use strict';
// node:dgram over loopback, one workload per run, printing the milliseconds
// of its timed part:
//
//   RUNTIME bench/dgram/dgram.js pingpong [N]   N round trips (default
//                                               100000) of a 64-byte
//                                               datagram to an echo socket
//   RUNTIME bench/dgram/dgram.js window [N]     N 1 KiB datagrams (default
//                                               300000) echoed back, 32 in
//                                               flight at a time
//
// bench/dgram/run.sh runs both under kiln and node and prints the ratios.
const dgram = require('dgram');

const [kind = 'pingpong', arg] = process.argv.slice(2);

function run(total, size, inFlight) {
  const server = dgram.createSocket('udp4');
  const client = dgram.createSocket('udp4');
  server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
  server.bind(0, '127.0.0.1', () => {
    const port = server.address().port;
    const payload = Buffer.alloc(size, 'x');
    let sent = 0;
    let received = 0;
    let start;
    client.on('message', () => {
      received++;
      if (received === total) {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        console.log(ms.toFixed(1));
        server.close();
        client.close();
      } else if (sent < total) {
        sent++;
        client.send(payload, port, '127.0.0.1');
      }
    });
    client.bind(0, '127.0.0.1', () => {
      client.setRecvBufferSize(1 << 20);
      server.setRecvBufferSize(1 << 20);
      start = process.hrtime.bigint();
      for (; sent < inFlight; sent++) client.send(payload, port, '127.0.0.1');
    });
  });
}

if (kind === 'pingpong') run(Number(arg) || 100000, 64, 1);
else if (kind === 'window') run(Number(arg) || 300000, 1024, 32);
else throw new Error(`unknown workload ${kind}`);
