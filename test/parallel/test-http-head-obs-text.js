'use strict';
// Header values with bytes past ASCII (obs-text, U+0080-U+00FF) on the wire:
// the head goes out in the encoding of the string it is sent with, as in
// Node. end(string) in utf8 sends head and body as one utf8 string (so 'é'
// in a header becomes C3 A9); a chunked body (the head goes with the chunk
// size), a latin1 body or a Buffer body leaves the head in latin1 (E9). Checked on the raw
// bytes a client socket receives.
const assert = require('assert');
const http = require('http');
const net = require('net');

const cases = {
  '/end-utf8': [(res) => res.end('h\u00e9llo'), 'caf\u00c3\u00a9', 'h\u00c3\u00a9llo'],
  '/end-latin1': [(res) => res.end('h\u00e9llo', 'latin1'), 'caf\u00e9', 'h\u00e9llo'],
  '/end-buffer': [(res) => res.end(Buffer.from('h\u00e9llo')), 'caf\u00e9', 'h\u00c3\u00a9llo'],
  '/write-end': [(res) => { res.write('h\u00e9llo'); res.end(); }, 'caf\u00e9', '6\r\nh\u00c3\u00a9llo\r\n0\r\n\r\n'],
  '/end-chunked': [(res) => { res.setHeader('Transfer-Encoding', 'chunked'); res.end('h\u00e9llo'); },
                   'caf\u00e9', '6\r\nh\u00c3\u00a9llo\r\n0\r\n\r\n'],
  '/end-empty': [(res) => res.end(), 'caf\u00e9', ''],
  // writeHead makes the head before the body is known: chunked, and the
  // head goes out with the chunk size, in latin1.
  '/writehead-obj': [(res) => { res.writeHead(200, { 'X-B': '\u00ff' }); res.end('\u00ff'); },
                     'caf\u00e9', '2\r\n\u00c3\u00bf\r\n0\r\n\r\n'],
  '/big-utf8': [(res) => res.end('\u00e9'.repeat(40000)), 'caf\u00c3\u00a9', '\u00c3\u00a9'.repeat(40000)],
  // An ASCII body re-encodes the head just the same.
  '/end-ascii': [(res) => res.end('hello'), 'caf\u00c3\u00a9', 'hello'],
  // Content-Disposition with a Content-Length: its characters are taken as
  // latin1 bytes and read as UTF-8 first (Node's RFC 6266 rule), so UTF-8
  // bytes smuggled in a 'binary' string arrive as they were.
  '/disposition': [(res) => {
    res.setHeader('Content-Disposition', Buffer.from('b\u00e5r').toString('binary'));
    res.end('hello');
  }, 'caf\u00c3\u00a9', 'hello'],
  '/disposition-chunked': [(res) => {
    res.setHeader('Content-Disposition', Buffer.from('b\u00e5r').toString('binary'));
    res.write('hello');
    res.end();
  }, 'caf\u00e9', '5\r\nhello\r\n0\r\n\r\n'],
};

const server = http.createServer((req, res) => {
  res.setHeader('X-A', 'caf\u00e9');
  cases[req.url][0](res);
});

function raw(path) {
  return new Promise((resolve, reject) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    const bufs = [];
    c.on('data', (d) => bufs.push(d));
    c.on('error', reject);
    c.on('end', () => resolve(Buffer.concat(bufs).toString('latin1')));
  });
}

server.listen(0, '127.0.0.1', async () => {
  for (const [path, [, header, body]] of Object.entries(cases)) {
    const text = await raw(path);
    const split = text.indexOf('\r\n\r\n');
    const head = text.slice(0, split);
    assert.match(head, new RegExp(`\r\nX-A: ${header}\r\n`), path);
    assert.strictEqual(text.slice(split + 4), body, path);
    if (path === '/writehead-obj') assert.match(head, /\r\nX-B: \u00ff\r\n/);
    if (path.startsWith('/disposition')) assert.match(head, /\r\nContent-Disposition: b\u00c3\u00a5r\r\n/);
  }
  server.close();
});
