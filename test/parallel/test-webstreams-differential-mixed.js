'use strict';
// Differential check against Node 24: 400 random scenarios (seeded, so the
// same on every run) of operations on default streams, writers,
// transforms, tees and pipes, each logging every callback and promise
// settlement with its microtask depth. The hash of all the logs is the one
// Node 24 produces, so every event, in every scenario, happened in the same
// order and the same microtask as in Node. DUMP_WEBSTREAMS_DIFF=1 prints
// the logs, for diffing the two runtimes' output when the hashes differ.
const assert = require('assert');
const common = require('../common');

const out = [];
function errName(e) {
  if (e === null || typeof e !== 'object') return String(e);
  return e.code || e.name;
}
const EXPECTED = 'ce659d3b';

async function scenario(s) {
  let seed = s;
  const rnd = (n) => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
  let tick = 0;
  const log = [];
  const L = (x) => log.push(`${x}@${tick}`);
  const show = (v) => { try { return JSON.stringify(v); } catch { return String(v); } };
  const h = (name, p) => p.then((v) => L(`${name} ok ${show(v)}`), (e) => L(`${name} rej ${errName(e)}`));
  let p = Promise.resolve();
  for (let i = 1; i <= 60; i++) p = p.then(() => { tick = i; });
  const kind = rnd(3);
  let rc, wc, tc;
  const hwm = rnd(3);
  let n = 0;
  const rs = new ReadableStream({
    start(c) { rc = c; L('r.start'); if (rnd(2)) return Promise.resolve(); },
    pull(c) { L('r.pull'); if (rnd(3) === 0) c.enqueue('p' + n++); if (rnd(4) === 0) { let q = Promise.resolve(); for (let k = 0; k < 5; k++) q = q.then(() => {}); return q; } },
    cancel(r) { L('r.cancel ' + r); if (rnd(2)) return Promise.resolve(); },
  }, { highWaterMark: hwm });
  const ws = new WritableStream({
    start(c) { wc = c; L('w.start'); },
    write(c) { L('w.write ' + c); if (rnd(4) === 0) throw new Error('wfail'); if (rnd(2)) return Promise.resolve(); },
    close() { L('w.close'); },
    abort(r) { L('w.abort ' + r); },
  }, { highWaterMark: rnd(3) });
  const ts = new TransformStream({
    start(c) { tc = c; },
    transform(ch, c) { L('t.transform ' + ch); if (rnd(5) === 0) throw new Error('tfail'); c.enqueue(ch); if (rnd(3) === 0) c.enqueue(ch + '+'); },
    flush() { L('t.flush'); },
    cancel(r) { L('t.cancel ' + r); },
  }, undefined, { highWaterMark: rnd(2) });
  let reader, writer;
  const steps = 6 + rnd(10);
  for (let i = 0; i < steps; i++) {
    const op = rnd(16);
    try {
      switch (op) {
        case 0: rc.enqueue('e' + i); L('enq'); break;
        case 1: rc.close(); L('rclose'); break;
        case 2: if (rnd(3) === 0) { rc.error('E' + i); L('rerror'); } break;
        case 3: if (!reader) reader = rs.getReader(); h('read' + i, reader.read()); break;
        case 4: if (reader) { reader.releaseLock(); reader = undefined; L('release'); } break;
        case 5: h('cancel' + i, rs.cancel('c' + i)); break;
        case 6: if (!writer) writer = ws.getWriter(); h('write' + i, writer.write('w' + i)); break;
        case 7: if (writer) { h('wclose' + i, writer.close()); } break;
        case 8: if (writer) { h('wabort' + i, writer.abort('a' + i)); } break;
        case 9: if (kind === 0 && !reader && !writer) { h('pipe' + i, rs.pipeTo(ws, { preventClose: !!rnd(2), preventAbort: !!rnd(2), preventCancel: !!rnd(2) })); } break;
        case 10: if (kind === 1 && !reader) { const out2 = rs.pipeThrough(ts); const r2 = out2.getReader(); h('tread' + i, r2.read()); h('tread2' + i, r2.read()); } break;
        case 11: tc.enqueue('x' + i); L('tenq'); break;
        case 12: if (rnd(4) === 0) { tc.terminate(); L('tterm'); } break;
        case 13: if (!reader) { const [a, b] = rs.tee(); const ra = a.getReader(), rb = b.getReader(); h('ta' + i, ra.read()); h('tb' + i, rb.read()); if (rnd(2)) h('tca' + i, ra.cancel('x')); } break;
        case 14: if (writer) { writer.releaseLock(); writer = undefined; L('wrelease'); } break;
        case 15: await new Promise((r) => setImmediate(r)); L('macrotask'); break;
      }
    } catch (e) { L(`op${op} threw ${errName(e)}`); }
  }
  await new Promise((r) => setTimeout(r, 3));
  out.push(`seed ${s}: ${log.join(' | ')}`);
}

// FNV-1a over the UTF-16 code units.
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16);
}

(async () => {
  process.on('unhandledRejection', (r) => out.push(`UNHANDLED ${errName(r)}`));
  for (let s = 1; s <= 400; s++) {
    await scenario(s);
  }
  const text = out.join('\n');
  if (process.env.DUMP_WEBSTREAMS_DIFF) console.log(text);
  assert.strictEqual(hash(text), EXPECTED);
})().then(common.mustCall());
