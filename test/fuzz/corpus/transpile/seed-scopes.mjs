import a, { b as c, d } from './m.js';
import * as ns from './m.js';
function f(a, [c = d], { d: e }) { var d; return a + c + e; }
const g = (a, ...rest) => a ?? rest;
const k = async ({ a, c = a }) => { try { await c; } catch (d) { return d; } finally { ns.x(); } };
label: for (const [a, c] of ns.entries()) { if (a) continue label; else break label; }
{ let a = 1; const c = () => a; class d { m() { return c; } } }
switch (a) { case c: { let d = 2; d++; } default: d?.(c); }
export { a as default2, c, d, ns as namespace };
export const obj = { a, c, d, [a]: c, get d() { return d; }, set c(v) {}, async *[Symbol.asyncIterator]() {} };
