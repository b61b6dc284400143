'use strict';
// Parses 1M URLs, a realistic mix, with `new URL()` and reads one getter of
// each; prints the time. bench/url/run.sh runs it on kiln and node.
//   RUNTIME bench/url/parse.js [count]
const count = Number(process.argv[2]) || 1e6;

const hosts = ['example.com', 'www.google.com', 'api.github.com', 'cdn.jsdelivr.net', 'localhost',
  '127.0.0.1', '[::1]', 'sub.domain.co.uk', 'EXAMPLE.ORG', 'xn--bcher-kva.de'];
const paths = ['/', '/index.html', '/api/v1/users/12345', '/a/b/../c/./d', '/search',
  '/static/js/app.min.js', '/path%20with%20spaces/file', '/caf\u00e9/men\u00fc', '/x/y/z/'];
const queries = ['', '?q=hello+world', '?a=1&b=2&c=3', '?utm_source=news&utm_medium=email',
  '?redirect=https%3A%2F%2Fexample.com', '?x'];
const hashes = ['', '#top', '#section-2'];
const inputs = [];
let i = 0;
for (const h of hosts) {
  for (const p of paths) {
    const q = queries[i % queries.length];
    const f = hashes[i % hashes.length];
    const scheme = i % 5 === 0 ? 'http' : 'https';
    const port = i % 7 === 0 ? ':8080' : '';
    const user = i % 11 === 0 ? 'user:pass@' : '';
    inputs.push([`${scheme}://${user}${h}${port}${p}${q}${f}`, undefined]);
    i++;
  }
}
// Relative references against a base, and other schemes.
for (const r of ['../img/logo.png', 'page2.html?x=1', '/root', '//other.host/p', '?only=query', '#frag']) {
  inputs.push([r, 'https://example.com/dir/sub/index.html']);
}
for (const s of ['file:///home/user/file.txt', 'mailto:someone@example.com', 'data:text/plain,hello',
  'ws://socket.example.com:9000/chat', 'blob:https://example.com/uuid-1234', 'git+ssh://git@github.com/a/b.git',
  'https://m\u00fcnchen.example/stra\u00dfe']) {
  inputs.push([s, undefined]);
}

let sink = 0;
const n = inputs.length;
// Warm up, then time.
// Pairs are read by index, not destructured: JavaScriptCore runs the
// array iterator protocol for `const [a, b] = pair` where V8 does not, and
// that is not what this measures.
for (let k = 0; k < 20000; k++) {
  const pair = inputs[k % n];
  sink += new URL(pair[0], pair[1]).href.length;
}
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let k = 0; k < count; k++) {
  const pair = inputs[k % n];
  sink += new URL(pair[0], pair[1]).pathname.length;
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
const cpu = process.cpuUsage(c0);
// CPU time (all threads, so the engine's GC threads count) next to wall
// time: on a shared machine the wall time varies more.
console.log(`url-parse ${count} URLs (${n} distinct): ${ms.toFixed(1)} ms, ` +
  `cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms, ${(count / ms * 1000 / 1e6).toFixed(2)} M/s ` +
  `(${sink > 0 ? 'ok' : 'bad'})`);
