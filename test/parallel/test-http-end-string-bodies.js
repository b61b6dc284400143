'use strict';
// res.end(string) bodies, one response after another on keep-alive
// connections: utf8 with characters past ASCII, latin1, chunked and
// Content-Length framing, sizes around 64 KiB and past it, and slow
// readers whose writes are queued while the next responses are made.
const assert = require('assert');
const http = require('http');

const bodies = [];
for (const size of [0, 1, 100, 16384, 65400, 65536, 70000, 300000]) {
  bodies.push({ body: 'x'.repeat(size), encoding: undefined, length: false });
  bodies.push({ body: 'é€'.repeat(Math.ceil(size / 5)) + 'z', encoding: undefined, length: true });
  bodies.push({ body: 'a\xe9b'.repeat(Math.ceil(size / 3)), encoding: 'latin1', length: false });
}

const server = http.createServer((req, res) => {
  const { body, encoding, length } = bodies[+req.url.slice(1)];
  const headers = { 'Content-Type': 'text/plain' };
  if (length) headers['Content-Length'] = Buffer.byteLength(body, encoding);
  res.writeHead(200, headers);
  res.end(body, encoding);
});

function get(agent, i, slow) {
  return new Promise((resolve, reject) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path: `/${i}`, agent }, (res) => {
      const chunks = [];
      const read = () => {
        let c;
        while ((c = res.read()) !== null) chunks.push(c);
      };
      if (slow) {
        res.on('readable', () => setTimeout(read, 1));
      } else {
        res.on('data', (c) => chunks.push(c));
      }
      res.on('end', () => resolve(Buffer.concat(chunks)));
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  for (const slow of [false, true]) {
    const all = bodies.map((b, i) => get(agent, i, slow && i % 2 === 0));
    const got = await Promise.all(all);
    for (let i = 0; i < bodies.length; i++) {
      const { body, encoding } = bodies[i];
      assert.ok(got[i].equals(Buffer.from(body, encoding || 'utf8')), `body ${i} (${body.length} chars)`);
    }
  }
  agent.destroy();
  server.close();
});
