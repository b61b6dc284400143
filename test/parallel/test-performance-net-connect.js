'use strict';
// A PerformanceObserver of 'net' gets one 'connect' entry per TCP connect
// (not for Unix sockets), with the host and port; none without observers.
const assert = require('assert');
const net = require('net');
const os = require('os');
const path = require('path');
const { PerformanceObserver } = require('perf_hooks');

const entries = [];
const obs = new PerformanceObserver((list) => entries.push(...list.getEntries()));
obs.observe({ type: 'net' });

function roundTrip(listenArg, connectArg) {
  return new Promise((resolve, reject) => {
    const server = net.createServer((socket) => socket.end('x'));
    server.listen(listenArg, () => {
      const socket = net.connect(connectArg ?? server.address().port, '127.0.0.1');
      socket.resume();
      socket.on('end', () => server.close(resolve));
      socket.on('error', reject);
    });
  });
}

(async () => {
  await roundTrip(0);
  const pipe = path.join(os.tmpdir(), `kiln-perf-net-${process.pid}.sock`);
  await roundTrip(pipe, pipe);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(entries.length, 1);
  const [entry] = entries;
  assert.strictEqual(entry.name, 'connect');
  assert.strictEqual(entry.entryType, 'net');
  assert.ok(entry.startTime > 0 && entry.duration >= 0);
  assert.strictEqual(entry.detail.host, '127.0.0.1');
  assert.strictEqual(typeof entry.detail.port, 'number');
  obs.disconnect();
  await roundTrip(0);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(entries.length, 1);
})();
