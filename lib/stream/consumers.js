'use strict';
// node:stream/consumers: read a whole stream (a stream.Readable, a web
// ReadableStream, or any async iterable) into one value.
//
// The byte consumers collect chunks as a Blob would take them (a string
// as its UTF-8, an ArrayBuffer or view as its bytes, a Blob as its
// contents, anything else as the UTF-8 of String(chunk)), so they agree
// with blob(). When every chunk is a Uint8Array they are joined directly.

const { Blob } = require('internal/blob');
const { Buffer } = require('buffer');

const JSONParse = JSON.parse;
const TypedArrayPrototypeGetSymbolToStringTag =
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function isUint8Array(value) {
  return ArrayBuffer.isView(value) &&
    TypedArrayPrototypeGetSymbolToStringTag.call(value) === 'Uint8Array';
}

// The chunks of `stream`, and whether all of them are Uint8Arrays.
async function collect(stream) {
  const chunks = [];
  let allBytes = true;
  for await (const chunk of stream) {
    if (allBytes && !isUint8Array(chunk)) allBytes = false;
    chunks.push(chunk);
  }
  return { chunks, allBytes };
}

async function blob(stream) {
  const { chunks } = await collect(stream);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const { chunks, allBytes } = await collect(stream);
  if (!allBytes) return new Blob(chunks).arrayBuffer();
  const joined = Buffer.concat(chunks);
  // Buffer.concat may hand back a slice of a larger (pooled) allocation.
  if (joined.byteOffset === 0 && joined.byteLength === joined.buffer.byteLength) return joined.buffer;
  return joined.buffer.slice(joined.byteOffset, joined.byteOffset + joined.byteLength);
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function bytes(stream) {
  return new Uint8Array(await arrayBuffer(stream));
}

// Strings are taken as they are; bytes are decoded as one UTF-8 stream,
// so a character split between chunks comes out whole.
async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') out += chunk;
    else out += decoder.decode(chunk, { stream: true });
  }
  out += decoder.decode(undefined, { stream: false });
  return out;
}

async function json(stream) {
  return JSONParse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  bytes,
  text,
  json,
};
