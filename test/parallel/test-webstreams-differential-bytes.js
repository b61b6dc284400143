'use strict';
// Differential check against Node 24: 400 random scenarios (seeded, so the
// same on every run) of operations on byte streams (BYOB reads, BYOB
// requests, byte tees, async iteration), each logging every callback and
// promise settlement with its microtask depth. The hash of all the logs is the one
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
const EXPECTED = '948ac62a';

async function scenario(s) {
  let seed = s;
  const rnd = (n) => { seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return (((t ^ (t >>> 14)) >>> 0) % n); };
  let tick = 0;
  const log = [];
  const L = (x) => log.push(`${x}@${tick}`);
  const show = (v) => { if (v && ArrayBuffer.isView(v.value)) return `${v.value.constructor.name}[${Array.from(new Uint8Array(v.value.buffer, v.value.byteOffset, v.value.byteLength))}]/${v.value.buffer.byteLength} ${v.done}`; try { return JSON.stringify(v); } catch { return String(v); } };
  const h = (name, p) => p.then((v) => L(`${name} ok ${show(v)}`), (e) => L(`${name} rej ${errName(e)}`));
  let p = Promise.resolve();
  for (let i = 1; i <= 40; i++) p = p.then(() => { tick = i; });
  let rc;
  let n = 1;
  const auto = rnd(3) === 0 ? 4 : undefined;
  const rs = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: auto,
    start(c) { rc = c; L('start'); },
    pull(c) {
      const req = c.byobRequest;
      L('pull ' + (req ? req.view.byteOffset + ':' + req.view.byteLength : 'null'));
      const k = rnd(5);
      try {
        if (k === 0 && req) { const m = Math.min(req.view.byteLength, 1 + rnd(3)); for (let i = 0; i < m; i++) req.view[i] = n++; req.respond(m); }
        else if (k === 1) { c.enqueue(new Uint8Array([n++, n++, n++].slice(0, 1 + rnd(3)))); }
        else if (k === 2 && req) { const v = req.view; const m = Math.min(v.byteLength, 1 + rnd(2)); const nv = new Uint8Array(v.buffer, v.byteOffset, m); nv.fill(n++); req.respondWithNewView(nv); }
        else if (k === 3 && rnd(3) === 0) { c.close(); if (req) req.respond(0); }
      } catch (e) { L('pull threw ' + errName(e)); }
    },
    cancel(r) { L('cancel ' + r); },
  }, { highWaterMark: rnd(3) });
  let reader;
  let kind = 'none';
  const steps = 5 + rnd(10);
  for (let i = 0; i < steps; i++) {
    const op = rnd(12);
    try {
      switch (op) {
        case 0: rc.enqueue(new Uint8Array([100 + i, 101 + i].slice(0, 1 + rnd(2)))); L('enq'); break;
        case 1: if (rnd(2)) { rc.close(); L('close'); } break;
        case 2: if (rnd(4) === 0) { rc.error('E' + i); L('error'); } break;
        case 3: if (!reader) { reader = rs.getReader({ mode: 'byob' }); kind = 'byob'; } if (kind === 'byob') { const ctors = [Uint8Array, Uint16Array, DataView]; const C = ctors[rnd(3)]; const v = C === DataView ? new DataView(new ArrayBuffer(4)) : new C(1 + rnd(3)); h('bread' + i, reader.read(v, rnd(2) ? { min: 1 } : undefined)); } break;
        case 4: if (!reader) { reader = rs.getReader(); kind = 'default'; } if (kind === 'default') h('read' + i, reader.read()); break;
        case 5: if (reader) { reader.releaseLock(); reader = undefined; L('release'); } break;
        case 6: h('cancel' + i, rs.cancel('c' + i)); break;
        case 7: if (!reader) { const [a, b] = rs.tee(); reader = 'tee'; const ra = rnd(2) ? a.getReader({ mode: 'byob' }) : a.getReader(); const rb = b.getReader(); h('ta' + i, ra instanceof ReadableStreamBYOBReader ? ra.read(new Uint8Array(2)) : ra.read()); h('tb' + i, rb.read()); h('tb2' + i, rb.read()); if (rnd(3) === 0) h('tca' + i, ra.cancel('x')); } break;
        case 8: if (!reader) { reader = 'iter'; const it = rs.values({ preventCancel: !!rnd(2) }); h('n1' + i, it.next()); h('n2' + i, it.next()); if (rnd(2)) h('ret' + i, it.return('r')); } break;
        case 9: { const req = rc.byobRequest; if (req) { L('req ' + req.view.byteLength); if (rnd(2)) { req.view[0] = 77; req.respond(1); } } } break;
        case 10: await new Promise((r) => setImmediate(r)); L('macrotask'); break;
        case 11: L('ds ' + rc.desiredSize); break;
      }
    } catch (e) { L(`op${op} threw ${errName(e)}`); }
  }
  await new Promise((r) => setTimeout(r, 2));
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
