'use strict';
// pipeTo(dest, { signal }): aborting waits for the write in flight, then
// aborts the destination and cancels the source with the signal's reason
// (unless prevented), and rejects with it; an already-aborted signal stops
// the pipe before anything is read; the listener is removed afterwards.
const assert = require('assert');
const common = require('../common');

const log = [];
let tick = 0;
const L = (s) => log.push(`${s}@${tick}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function ticker(n) {
  tick = 0;
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => { tick = i; });
}

function pair(name) {
  const rs = new ReadableStream({
    start(c) { c.enqueue(1); c.enqueue(2); c.enqueue(3); },
    pull() { L(`${name}.pull`); },
    cancel(r) { L(`${name}.cancel ${r?.message ?? r}`); },
  });
  const ws = new WritableStream({
    write(c) { L(`${name}.write ${c}`); },
    close() { L(`${name}.close`); },
    abort(r) { L(`${name}.abort ${r?.message ?? r}`); },
  });
  return [rs, ws];
}

(async () => {
  ticker(40);
  {
    const [rs, ws] = pair('a');
    const ac = new AbortController();
    rs.pipeTo(ws, { signal: ac.signal }).catch((e) => L(`a rej ${e.message}`));
    ac.abort(new Error('AB'));
  }
  await sleep(5);
  assert.deepStrictEqual(log, ['a.write 1@1', 'a.abort AB@3', 'a.cancel AB@3', 'a rej AB@9']);

  log.length = 0;
  ticker(40);
  {
    const [rs, ws] = pair('b');
    rs.pipeTo(ws, { signal: AbortSignal.abort('pre'), preventCancel: true }).catch((e) => L(`b rej ${e}`));
  }
  await sleep(5);
  assert.deepStrictEqual(log, ['b.abort pre@1', 'b rej pre@7']);

  // The default reason is an AbortError DOMException.
  log.length = 0;
  {
    const [rs, ws] = pair('c');
    const ac = new AbortController();
    const piping = rs.pipeTo(ws, { signal: ac.signal, preventAbort: true });
    await sleep(1);
    ac.abort();
    await assert.rejects(piping, (e) => {
      assert(e instanceof DOMException);
      assert.strictEqual(e.name, 'AbortError');
      return true;
    });
    assert.strictEqual(rs.locked, false);
    assert.strictEqual(ws.locked, false);
  }
  assert.deepStrictEqual(log.map((s) => s.replace(/@\d+$/, '')),
                         ['c.write 1', 'c.write 2', 'c.write 3', 'c.pull', 'c.pull', 'c.cancel This operation was aborted']);

  // Both prevented: the pipe just stops, rejecting with the reason.
  {
    const [rs, ws] = pair('d');
    const ac = new AbortController();
    const piping = rs.pipeTo(ws, { signal: ac.signal, preventAbort: true, preventCancel: true });
    ac.abort('stop');
    await assert.rejects(piping, (e) => e === 'stop');
    assert.strictEqual(rs.locked, false);
  }

  // After the pipe ends, aborting the signal does nothing.
  {
    const ac = new AbortController();
    await new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream(), { signal: ac.signal });
    ac.abort();
  }
})().then(common.mustCall());
