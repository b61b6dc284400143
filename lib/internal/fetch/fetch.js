'use strict';
// fetch(): the Fetch standard's scheme fetch. data: and blob: are answered
// here; http: goes to internal/fetch/network (node:http underneath); https:
// rejects with a network error whose cause says kiln has no TLS yet, never
// with a made-up response.

const { Request, requestInternals } = require('internal/fetch/request');
const { makeResponse } = require('internal/fetch/response');
const { bytesBody, partsBody } = require('internal/fetch/body');
const { headerEntries, headerValue } = require('internal/fetch/headers');

let network;
function networkModule() {
  return (network ??= require('internal/fetch/network'));
}

const ErrorCtor = Error;
const NumberCtor = Number;
const RegExpPrototypeExec = RegExp.prototype.exec;
const ObjectDefineProperty = Object.defineProperty;
const PromiseCtor = Promise;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeIndexOf = String.prototype.indexOf;
const TypeErrorCtor = TypeError;
const Uint8ArrayCtor = Uint8Array;

// Node's "fetch failed" error carries no frames of its own (it is made
// inside the fetch machinery, after the caller's stack is gone); the cause
// says what went wrong.
function networkError(message, cause) {
  const err = new TypeErrorCtor('fetch failed', { cause: cause ?? new ErrorCtor(message) });
  ObjectDefineProperty(err, 'stack', {
    __proto__: null, value: 'TypeError: fetch failed', writable: true, enumerable: false, configurable: true,
  });
  return err;
}

// ---- data: URLs (the Fetch standard's data: URL processor) ------------------

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes a string of code units below 0x100 (a serialized URL).
function percentDecode(str) {
  const out = new Uint8ArrayCtor(str.length);
  let n = 0;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt.call(str, i);
    if (c === 0x25 && i + 2 < str.length) {
      const hi = hexValue(StringPrototypeCharCodeAt.call(str, i + 1));
      const lo = hexValue(StringPrototypeCharCodeAt.call(str, i + 2));
      if (hi !== -1 && lo !== -1) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}

const kBase64 = new Int8Array(128).fill(-1);
{
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let i = 0; i < alphabet.length; i++) kBase64[alphabet.charCodeAt(i)] = i;
}

function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

// The Infra standard's forgiving-base64 decode of bytes; null on failure.
function forgivingBase64(bytes) {
  const data = [];
  for (let i = 0; i < bytes.length; i++) {
    if (!isAsciiWhitespace(bytes[i])) data.push(bytes[i]);
  }
  let length = data.length;
  if (length % 4 === 0 && length > 0 && data[length - 1] === 0x3d) {
    length--;
    if (data[length - 1] === 0x3d) length--;
  }
  if (length % 4 === 1) return null;
  const out = new Uint8ArrayCtor((length * 3) >> 2);
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const c = data[i];
    const v = c < 128 ? kBase64[c] : -1;
    if (v === -1) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

function trimAsciiWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isAsciiWhitespace(StringPrototypeCharCodeAt.call(str, start))) start++;
  while (end > start && isAsciiWhitespace(StringPrototypeCharCodeAt.call(str, end - 1))) end--;
  return StringPrototypeSlice.call(str, start, end);
}

let MIMEType;

// { mimeType, body } for a data: URL, or null when it cannot be processed.
function processDataURL(url) {
  let input = url.href;
  const hash = StringPrototypeIndexOf.call(input, '#');
  if (hash !== -1) input = StringPrototypeSlice.call(input, 0, hash);
  input = StringPrototypeSlice.call(input, 5);
  const comma = StringPrototypeIndexOf.call(input, ',');
  if (comma === -1) return null;
  let mimeType = trimAsciiWhitespace(StringPrototypeSlice.call(input, 0, comma));
  let body = percentDecode(StringPrototypeSlice.call(input, comma + 1));
  // ";base64" (any case, spaces allowed after the ';') ends the type.
  const base64 = /;[\u0020]*base64$/i.exec(mimeType);
  if (base64 !== null) {
    body = forgivingBase64(body);
    if (body === null) return null;
    mimeType = StringPrototypeSlice.call(mimeType, 0, base64.index);
  }
  if (mimeType.length > 0 && mimeType[0] === ';') mimeType = `text/plain${mimeType}`;
  MIMEType ??= require('internal/mime').MIMEType;
  let type;
  try {
    type = `${new MIMEType(mimeType)}`;
  } catch {
    type = 'text/plain;charset=US-ASCII';
  }
  return { mimeType: type, body };
}

// ---- scheme fetch -----------------------------------------------------------

// Ports the Fetch standard blocks for http(s) ("bad port").
const kBadPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79,
  87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389,
  427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669,
  6679, 6697, 10080]);

let resolveObjectURL;

// The response for a request, or a thrown network error.
function schemeFetch(request) {
  const { url, urlList, method } = request;
  switch (url.protocol) {
    case 'about:':
      throw networkError('about scheme is not supported');
    case 'blob:': {
      resolveObjectURL ??= require('internal/blob').resolveObjectURL;
      const blob = resolveObjectURL(url.href);
      if (method !== 'GET' || blob === undefined) throw networkError('invalid method');
      const range = headerValue(request.headers, 'range');
      if (range === null) {
        return makeResponse({
          statusText: 'OK', urlList: [...urlList],
          headerList: [['content-length', `${blob.size}`], ['content-type', blob.type]],
          body: partsBody([blob], blob.size),
        });
      }
      return blobRangeResponse(blob, range, urlList);
    }
    case 'data:': {
      const result = processDataURL(url);
      if (result === null) throw networkError('failed to fetch the data URL');
      return makeResponse({
        statusText: 'OK', urlList: [...urlList], headerList: [['Content-Type', result.mimeType]],
        body: bytesBody(result.body),
      });
    }
    case 'file:':
      throw networkError('not implemented... yet...');
    case 'https:':
      throw networkError(null, networkModule().httpsNotSupported());
    default:
      throw networkError('unknown scheme');
  }
}

// "bytes=start-end" or "bytes=-suffix" (tabs and spaces allowed around
// "=" and "-"; "bytes" in lower case), as Node's fetch reads them: a
// missing end after a start is a failure there, and a suffix longer than
// the blob gives a negative start, which slice() counts from the end.
const kRange = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)$/;

function blobRangeResponse(blob, range, urlList) {
  const match = RegExpPrototypeExec.call(kRange, range);
  if (match === null || match[2] === '') throw networkError('failed to fetch the data URL');
  const size = blob.size;
  let start;
  let end = NumberCtor(match[2]);
  if (match[1] === '') {
    start = size - end;
    end = start + end - 1;
  } else {
    start = NumberCtor(match[1]);
    if (start > end) throw networkError('failed to fetch the data URL');
    if (start >= size) throw networkError("Range start is greater than the blob's size.");
    if (end >= size) end = size - 1;
  }
  const part = blob.slice(start, end + 1, blob.type);
  return makeResponse({
    status: 206, statusText: 'Partial Content', urlList: [...urlList],
    headerList: [['content-length', `${part.size}`], ['content-range', `bytes ${start}-${end}/${size}`],
                 ['content-type', blob.type]],
    body: partsBody([part], part.size),
  });
}

function fetch(input, init = undefined) {
  return new PromiseCtor((resolve, reject) => {
    let request;
    try {
      request = requestInternals(new Request(input, init));
    } catch (err) {
      reject(err);
      return;
    }
    const { signal, url } = request;
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    if ((url.protocol === 'http:' || url.protocol === 'https:') && kBadPorts.has(Number(url.port))) {
      reject(networkError('bad port'));
      return;
    }
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    // The fetch runs after the caller's synchronous code, as Node's does:
    // an abort() right after fetch() still wins.
    queueMicrotask(() => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      if (url.protocol === 'http:') {
        request.headerEntries = headerEntries(request.headers);
        networkModule().httpFetch(request).then(resolve, reject);
        return;
      }
      try {
        resolve(schemeFetch(request));
      } catch (err) {
        reject(err);
      }
    });
  });
}

module.exports = {
  fetch,
  kBadPorts,
  networkError,
  processDataURL,
};
