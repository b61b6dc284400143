import def, { a as b } from './x.js';
import * as ns from 'y';
export const z = b() + def;
export default function () {}
export { q as r } from './w.js';
export * from './v.js';
console.log(import.meta.url, ns.k, import('./d.js'));
function f(b) { return b + def; }
const o = { b, def, c: b };
b`tpl`;
let re = /ab+c/g, d = z / 2 / 1;
try {} catch (def) { def; }
{ let b = 1; b; }
(x, b) => b;
(def = b) => def;
x => b;
export { b as bb, def as "str-name" };
