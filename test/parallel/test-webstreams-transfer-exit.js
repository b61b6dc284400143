'use strict';
// A transferred web stream whose new end is never read or written does
// not hold the process open (its ports are unreferenced until then), as
// in Node: this program ends by itself, with 'exit' after its last line.
require('../common');
const assert = require('assert');

const source = new ReadableStream({ pull() { return new Promise(() => {}); } });
const readable = structuredClone(source, { transfer: [source] });
const sink = new WritableStream({ write() { return new Promise(() => {}); } });
const writable = structuredClone(sink, { transfer: [sink] });
const both = new TransformStream();
structuredClone(both, { transfer: [both] });
assert.strictEqual(readable.locked, false);
assert.strictEqual(writable.locked, false);
let ended = false;
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.ok(ended);
});
ended = true;
