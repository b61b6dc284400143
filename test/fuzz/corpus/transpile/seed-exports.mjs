export * from './star.js';
export * as all from './all.js' with { type: 'json' };
export { x as 'string name', default as dflt, y as z } from './re.js';
export var v1 = 1, v2;
export let { p, q: [r, ...s] } = obj, t = 3;
export const u = () => {};
export function* gen() { yield* [1, 2]; }
export async function af() { for await (const x of gen()) {} }
export default async function () { return import.meta.url; }
