'use strict';
// stream/web's ReadableStreamTee(stream, cloneForBranch2): tee() as a
// function. With cloneForBranch2 the second branch reads structured clones
// of the chunks; a byte stream's branches always get copies. A chunk that
// cannot be cloned is an unhandled rejection (DataCloneError) and reaches
// neither branch.
const assert = require('assert');
const web = require('stream/web');
const { ReadableStream, ReadableStreamTee } = web;

assert.strictEqual(typeof ReadableStreamTee, 'function');
assert.strictEqual(ReadableStreamTee.name, 'ReadableStreamTee');
assert.strictEqual(ReadableStreamTee.length, 1);
assert.deepStrictEqual(Object.keys(web).slice(0, 3), ['ReadableStream', 'ReadableStreamTee', 'ReadableStreamDefaultReader']);

for (const bad of [1, null, undefined, {}, 'x']) {
  assert.throws(() => ReadableStreamTee(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => ReadableStreamTee(new ReadableStream(), 1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cloneForBranch2" argument must be of type boolean. Received type number (1)',
});
{
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => ReadableStreamTee(locked), {
    name: 'TypeError', code: 'ERR_INVALID_STATE', message: 'Invalid state: ReadableStream is locked',
  });
}

async function readAll(stream) {
  const out = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

(async () => {
  // Without cloning: both branches see the same objects.
  const object = { a: 1 };
  {
    const [b1, b2] = ReadableStreamTee(new ReadableStream({ start(c) { c.enqueue(object); c.close(); } }));
    assert.ok(b1 instanceof ReadableStream && b2 instanceof ReadableStream);
    const [r1, r2] = await Promise.all([readAll(b1), readAll(b2)]);
    assert.strictEqual(r1[0], object);
    assert.strictEqual(r2[0], object);
  }
  // With cloning: equal values, not the same objects, kinds kept.
  {
    const date = new Date(0);
    const bytes = new Uint8Array([1, 2]);
    const [b1, b2] = ReadableStreamTee(new ReadableStream({
      start(c) { c.enqueue(object); c.enqueue(date); c.enqueue(bytes); c.close(); },
    }), true);
    const [r1, r2] = await Promise.all([readAll(b1), readAll(b2)]);
    assert.strictEqual(r1[0], object);
    assert.strictEqual(r1[1], date);
    assert.strictEqual(r1[2], bytes);
    assert.notStrictEqual(r2[0], object);
    assert.deepStrictEqual(r2[0], object);
    assert.ok(r2[1] instanceof Date && r2[1] !== date && r2[1].getTime() === 0);
    assert.ok(r2[2] instanceof Uint8Array && r2[2] !== bytes);
    assert.deepStrictEqual([...r2[2]], [1, 2]);
  }
  // A byte stream: copies in both branches.
  {
    const chunk = new Uint8Array([7]);
    const [x, y] = ReadableStreamTee(new ReadableStream({
      type: 'bytes', start(c) { c.enqueue(chunk); c.close(); },
    }), true);
    const rx = await x.getReader().read();
    const ry = await y.getReader().read();
    assert.deepStrictEqual([...rx.value], [7]);
    assert.deepStrictEqual([...ry.value], [7]);
    assert.notStrictEqual(rx.value, ry.value);
  }
  // A chunk that cannot be cloned.
  {
    const [f1] = ReadableStreamTee(new ReadableStream({ start(c) { c.enqueue(() => 1); c.close(); } }), true);
    const rejection = new Promise((resolve) => process.once('unhandledRejection', resolve));
    let settled = false;
    f1.getReader().read().then(() => { settled = true; }, () => { settled = true; });
    const err = await rejection;
    assert.strictEqual(err.name, 'DataCloneError');
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.strictEqual(settled, false);
  }
  finished = true;
})();

let finished = false;
process.on('exit', () => assert.ok(finished));
