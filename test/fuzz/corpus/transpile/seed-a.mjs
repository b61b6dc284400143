import def, { count, inc, obj as o, 'str name' as sn, Klass } from './b.mjs';
import * as ns from './b.mjs';
import { cyc } from './c.mjs';
export { count as countAgain } from './b.mjs';
export * from './d.mjs';
console.log(def.name, def(), count, sn);
inc(); inc();
console.log(count, ns.count, o.v);
const f = (count) => count * 2;
console.log(f(5), ((count = 7) => count)(), (({ count }) => count)({ count: 9 }));
{ let count = 'shadow'; console.log(count); }
function g() { var count = 'var'; return count; }
console.log(g(), count);
try { throw 1; } catch (count) { console.log('caught', count); }
const short = { count, inc };
console.log(short.count, typeof short.inc);
try { count = 1; } catch (e) { console.log(e.constructor.name); }
try { ({ count } = { count: 3 }); } catch (e) { console.log(e.constructor.name); }
console.log(new Klass().hi(), typeof ns.default, Object.keys(ns).sort().join());
console.log(cyc(), import.meta.url.endsWith('a.mjs'));
label: for (const count of [1]) { if (count) break label; }
class C { count = count; static { this.s = count; } m(count) { return count; } get x() { return count; } }
console.log(new C().count, C.s, new C().m(4), new C().x);
const t = (s, ...v) => s.raw.join('|') + v.join(',');
console.log(t`a${count}b`, `${count}`, inc.call === Function.prototype.call);
console.log(((x) => [x, count])(1), [count, ...[count]], { ...{ count } }.count);
async function af() { return count; }
af().then((v) => console.log('async', v));
function* gf() { yield count; }
console.log([...gf()]);
let re = /count/g, d = count / 2 / 1;
console.log(re.test('count'), d);
console.log(this);
import('./b.mjs').then((m) => console.log('dyn', m.count));
