'use strict';
// URLSearchParams round trips: a query string parsed, read, changed and
// serialized again, 1M times over a realistic mix; prints the time.
// bench/url/run.sh runs it on kiln and node.
//   RUNTIME bench/url/searchparams.js [count]
const count = Number(process.argv[2]) || 1e6;

const queries = [
  'q=hello+world',
  'a=1&b=2&c=3',
  'utm_source=news&utm_medium=email&utm_campaign=spring%20sale',
  'redirect=https%3A%2F%2Fexample.com%2Fpath%3Fx%3D1',
  'ids=1&ids=2&ids=3&ids=4&ids=5&sort=desc&page=10',
  'name=J%C3%BCrgen+M%C3%BCller&city=M%C3%BCnchen',
  'empty=&flag&x=%zz&y=a+b+c',
  'token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abc_def-ghi',
];
const n = queries.length;

function round(k) {
  const p = new URLSearchParams(queries[k % n]);
  p.get('a');
  p.set('page', String(k & 1023));
  p.append('note', k & 1 ? 'x y' : 'caf\u00e9');
  return p.toString().length;
}

let sink = 0;
for (let k = 0; k < 20000; k++) sink += round(k);
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let k = 0; k < count; k++) sink += round(k);
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(c0);
console.log(`url-searchparams ${count} round trips (${n} distinct): ${ms.toFixed(1)} ms, ` +
  `cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms, ${(count / ms * 1000 / 1e6).toFixed(2)} M/s ` +
  `(${sink > 0 ? 'ok' : 'bad'})`);
