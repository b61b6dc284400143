'use strict';
// fetch() keeps its connections alive: sequential fetches to one server
// reuse sockets (Node's undici alternates between two, kiln keeps to one),
// concurrent ones open more, and an idle pooled socket does not keep the
// process running.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(`${req.socket.remotePort}`), req.url === '/slow' ? 30 : 0);
});
server.on('connection', () => connections++);

server.listen(0, common.mustCall(async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const ports = new Set();
  for (let i = 0; i < 8; i++) ports.add(await (await fetch(`${base}/`)).text());
  assert.ok(ports.size <= 2, `${ports.size} sockets`);
  assert.ok(connections <= 2, `${connections} connections`);

  const bodies = await Promise.all([1, 2, 3].map(() => fetch(`${base}/slow`).then((r) => r.text())));
  assert.strictEqual(new Set(bodies).size, 3);

  // A body left unread still lets the next fetch go out.
  await fetch(`${base}/`);
  assert.strictEqual(typeof await (await fetch(`${base}/`)).text(), 'string');

  server.close(common.mustCall());
}));
