'use strict';
// new Blob(parts, options) and new File(parts, name, options) read each
// member of options once, in the dictionary's order (endings, type, then
// File's lastModified), as Node 24 does: a getter runs once (issue 4).
require('../common');
const assert = require('assert');
const { Blob, File } = require('buffer');

function recorded(values) {
  const log = [];
  const options = new Proxy(values, {
    get(target, key, receiver) {
      log.push(String(key));
      return Reflect.get(target, key, receiver);
    },
  });
  return { log, options };
}

{
  const { log, options } = recorded({ type: 'Text/Plain', endings: 'native' });
  const blob = new Blob(['a\r\nb'], options);
  assert.deepStrictEqual(log, ['endings', 'type']);
  assert.strictEqual(blob.type, 'text/plain');
  assert.strictEqual(blob.size, 3);
}

{
  const { log, options } = recorded({ type: 'X', endings: 'transparent', lastModified: 42 });
  const file = new File(['a\r\nb'], 'f.txt', options);
  assert.deepStrictEqual(log, ['endings', 'type', 'lastModified']);
  assert.strictEqual(file.lastModified, 42);
  assert.strictEqual(file.type, 'x');
  assert.strictEqual(file.size, 4);
}

{
  let calls = 0;
  const file = new File([], '', {
    get lastModified() {
      calls++;
      return '7';
    },
  });
  assert.strictEqual(calls, 1);
  assert.strictEqual(file.lastModified, 7);
}
