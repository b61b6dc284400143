export let count = 0;
export function inc() { count++; return this; }
export const obj = { v: 'v' };
const sn = 'string-named';
export { sn as 'str name' };
export class Klass { hi() { return 'hi'; } }
export default function () { return 'default-fn'; }
