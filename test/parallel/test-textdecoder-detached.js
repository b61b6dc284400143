'use strict';
// TextDecoder#decode of a detached ArrayBuffer, or of a typed array or
// DataView over one, is the empty string in every encoding, as in Node 24
// (issue 4; kiln threw ERR_INVALID_ARG_TYPE or a TypeError).
const common = require('../common');
const assert = require('assert');

function detachedInputs() {
  const moved = new ArrayBuffer(8);
  const views = [new Uint8Array(moved, 1, 2), new Uint16Array(moved), new DataView(moved, 2)];
  const { port1, port2 } = new MessageChannel();
  port1.postMessage(moved, [moved]);
  port1.close();
  port2.close();
  const transferred = new ArrayBuffer(4);
  const dataView = new DataView(transferred);
  transferred.transfer();
  return [moved, ...views, transferred, dataView];
}

for (const encoding of ['utf-8', 'utf-16le', 'utf-16be', 'latin1', 'koi8-r', 'x-user-defined', 'shift_jis']) {
  for (const input of detachedInputs()) {
    const buffer = ArrayBuffer.isView(input) ? input.buffer : input;
    assert.strictEqual(buffer.detached, true);
    for (const fatal of [false, true]) {
      const decoder = new TextDecoder(encoding, { fatal });
      assert.strictEqual(decoder.decode(input), '', encoding);
      assert.strictEqual(decoder.decode(input, { stream: true }), '', encoding);
      assert.strictEqual(decoder.decode(), '', encoding);
    }
  }
}

// A live buffer still decodes after a detached one.
{
  const decoder = new TextDecoder();
  const [moved] = detachedInputs();
  assert.strictEqual(decoder.decode(moved), '');
  assert.strictEqual(decoder.decode(new Uint8Array([0x68, 0x69]).buffer), 'hi');
}

setTimeout(common.mustCall(), 1);
