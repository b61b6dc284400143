'use strict';
// fs.promises.watch: an async iterator of { eventType, filename }; events
// that arrive before they are asked for are kept; an AbortSignal ends it
// with an AbortError; a missing path rejects on the first next().
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-fs-promises-watch-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

(async () => {
  const ac = new AbortController();
  const watcher = fs.promises.watch(tmp, { signal: ac.signal });
  setTimeout(() => {
    fs.writeFileSync(path.join(tmp, 'one'), '');
    fs.writeFileSync(path.join(tmp, 'two'), '');
  }, 100);
  const names = new Set();
  await assert.rejects(async () => {
    for await (const event of watcher) {
      assert.strictEqual(typeof event.eventType, 'string');
      names.add(event.filename);
      if (names.has('one') && names.has('two')) ac.abort();
    }
  }, { name: 'AbortError' });

  await assert.rejects(fs.promises.watch('/nonexistent/kiln').next(), {
    code: 'ENOENT', syscall: 'watch', filename: '/nonexistent/kiln',
  });
  const aborted = AbortSignal.abort();
  await assert.rejects(fs.promises.watch(tmp, { signal: aborted }).next(), { name: 'AbortError' });
  // Arguments are checked when iteration starts.
  await assert.rejects(fs.promises.watch(tmp, { persistent: 1 }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.watch(tmp, 'x').next(), { code: 'ERR_INVALID_ARG_TYPE' });

  // return() stops it.
  const w2 = fs.promises.watch(tmp);
  setTimeout(() => fs.writeFileSync(path.join(tmp, 'three'), ''), 50);
  for await (const event of w2) {
    assert.ok(event.filename);
    break;
  }
})().then(common.mustCall());
