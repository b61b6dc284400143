'use strict';
// message.signal: aborted when a request's client goes away before it is
// answered; left alone once the response finished (server) or the
// response ended (client), even when the socket closes later.
const assert = require('assert');
const http = require('http');
const net = require('net');

const events = [];
const server = http.createServer((req, res) => {
  if (req.url === '/a') {
    const s = req.signal;
    assert.ok(s instanceof AbortSignal);
    assert.strictEqual(req.signal, s);
    events.push(['a-initial', s.aborted]);
    s.addEventListener('abort', () => { events.push(['a-abort', req.complete]); });
    return; // never answered: the client goes away
  }
  const s = req.signal;
  res.end('ok', () => {
    events.push(['b-finished', s.aborted]);
    setTimeout(() => { events.push(['b-later', s.aborted, req.signal === s]); }, 50);
  });
});
server.listen(0, () => {
  const c = net.connect(server.address().port, () => c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n'));
  setTimeout(() => c.destroy(), 50);
  c.on('close', () => {
    http.get({ port: server.address().port, path: '/b', agent: false }, (res) => {
      const sig = res.signal;
      res.resume();
      res.on('end', () => {
        events.push(['client-end', sig.aborted]);
        setTimeout(() => {
          events.push(['client-later', sig.aborted]);
          server.close();
        }, 100);
      });
    });
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    ['a-initial', false], ['a-abort', true], ['b-finished', false], ['client-end', false],
    ['b-later', false, true], ['client-later', false],
  ]);
  // A message destroyed before it completed gets an aborted signal.
  const m = new http.IncomingMessage(null);
  m.destroy();
  assert.strictEqual(m.signal.aborted, true);
});
