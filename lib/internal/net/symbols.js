'use strict';
// Keys of net.Socket's byte counts that node:http shares: its server hands
// a socket's reads to the parser in C (src/binding/http_parser.c), which
// counts them; the socket asks that count (kBytesReadSource, a function of
// the socket, or null) when bytesRead is read. A response written straight
// to the handle (_http_outgoing.js) adds to kBytesWritten.
module.exports = {
  kBytesRead: Symbol('bytesRead'),
  kBytesReadSource: Symbol('bytesReadSource'),
  kBytesWritten: Symbol('bytesWritten'),
};
