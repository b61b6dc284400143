'use strict';
// res.writeInformation: 1xx responses with headers in each accepted form,
// its argument errors, and writeEarlyHints built on it.
const assert = require('assert');
const http = require('http');
const net = require('net');

const errors = [];
const server = http.createServer((req, res) => {
  res.writeInformation(100, { 'X-A': 'b' });
  res.writeInformation(102, [['X-B', '1'], ['X-C', '2']]);
  res.writeInformation(199, ['X-D', 'd', 'X-E', 'e']);
  res.writeEarlyHints({ link: '</a.css>; rel=preload', 'x-f': 'f' });
  for (const args of [[101], [200], [99], ['100'], [100, ['a']], [100, 'x'], [100, { 'bad name': 1 }],
    [100, { a: 'x\ny' }]]) {
    assert.throws(() => res.writeInformation(...args), (e) => {
      errors.push(`${e.code}: ${e.message}`);
      return true;
    });
  }
  assert.throws(() => res.writeEarlyHints({ link: '</a>\x01' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: 'The argument \'hints\' must be an array or string of format ' +
      '"</styles.css>; rel=preload; as=style". Received \'</a>\\x01\'',
  });
  res.end('ok');
  assert.throws(() => res.writeInformation(100), { code: 'ERR_HTTP_HEADERS_SENT' });
});

server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let data = '';
  c.setEncoding('latin1');
  c.on('data', (d) => { data += d; });
  c.on('close', () => {
    server.close();
    assert.strictEqual(data.replace(/Date: .*\r\n/, ''),
                       'HTTP/1.1 100 Continue\r\nX-A: b\r\n\r\n' +
                       'HTTP/1.1 102 Processing\r\nX-B: 1\r\nX-C: 2\r\n\r\n' +
                       'HTTP/1.1 199 unknown\r\nX-D: d\r\nX-E: e\r\n\r\n' +
                       'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\nx-f: f\r\n\r\n' +
                       'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok');
    assert.deepStrictEqual(errors, [
      'ERR_HTTP_INVALID_STATUS_CODE: Invalid status code: 101',
      'ERR_OUT_OF_RANGE: The value of "statusCode" is out of range. It must be >= 100 && <= 199. Received 200',
      'ERR_OUT_OF_RANGE: The value of "statusCode" is out of range. It must be >= 100 && <= 199. Received 99',
      'ERR_INVALID_ARG_TYPE: The "statusCode" argument must be of type number. Received type string (\'100\')',
      'ERR_INVALID_ARG_VALUE: The argument \'headers\' is invalid. Received [ \'a\' ]',
      'ERR_INVALID_ARG_TYPE: The "headers" argument must be of type object. Received type string (\'x\')',
      'ERR_INVALID_HTTP_TOKEN: Header name must be a valid HTTP token ["bad name"]',
      'ERR_INVALID_CHAR: Invalid character in header content ["a"]',
    ]);
  });
});
