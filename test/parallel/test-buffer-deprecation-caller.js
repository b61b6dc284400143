'use strict';
// Whether Buffer() warns (DEP0005) depends on its caller, as in Node 24:
// the program's own code warns, also through an engine builtin such as
// Reflect.construct or Array.prototype.map. A web stream's BYOB read into
// a Buffer makes its result with Buffer.from, so it never warns, even with
// --pending-deprecation; typed-array methods on Buffers make FastBuffers.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const byob = `
  const rs = new ReadableStream({ type: 'bytes', pull(c) {
    c.byobRequest.view[0] = 7; c.byobRequest.respond(1);
  } });
  rs.getReader({ mode: 'byob' }).read(Buffer.alloc(4)).then(({ value }) => {
    if (value.constructor !== Buffer || value[0] !== 7) throw new Error('bad read');
  });`;

const cases = [
  ['new Buffer(1)', [], true],
  ['Reflect.construct(Buffer, [1])', [], true],
  ['[1].map((n) => Buffer(n))', [], true],
  ['setTimeout(() => new Buffer(1), 1)', [], true],
  [byob, [], false],
  [byob, ['--pending-deprecation'], false],
  ['new Buffer(1)', ['--pending-deprecation'], true],
  ['Buffer.from("abc").map((b) => b).filter(Boolean).slice(1)', ['--pending-deprecation'], false],
];
for (const [code, flags, warns] of cases) {
  const { status, stderr } = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8' });
  assert.strictEqual(status, 0, stderr);
  assert.strictEqual(stderr.includes('[DEP0005]'), warns, `${flags} ${code}: ${stderr}`);
}
