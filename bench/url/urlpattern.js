'use strict';
// URLPattern: typical patterns constructed, and exec() and test() on URLs
// that match them and URLs that do not; prints the time of each.
// bench/url/run.sh runs it on kiln and node, one mode at a time.
//   RUNTIME bench/url/urlpattern.js [count] [construct|exec|exec-miss|test|test-miss|exec-init]
// Without a mode it runs them all, count each (default 100k).
const count = Number(process.argv[2]) || 1e5;
const only = process.argv[3];

// What routers and service workers write: pathnames with named groups,
// whole-URL patterns with wildcards and alternatives, a regexp group.
const patterns = [
  [{ pathname: '/users/:id' }],
  [{ pathname: '/api/v1/posts/:postId/comments/:commentId' }],
  [{ pathname: '/static/*' }],
  ['https://example.com/products/:category/:sku(\\d+)'],
  ['https://:subdomain.example.com/*'],
  ['http{s}?://*.example.com/blog/:year/:month/:slug'],
  [{ pathname: '/files/:path+' }],
  [{ pathname: '/docs/:lang?/intro' }, { ignoreCase: true }],
];
const compiled = patterns.map((args) => new URLPattern(...args));

// Inputs that each pattern matches, and ones it does not: one URL string per
// pattern, so that every pattern is exercised.
const hits = [
  'https://example.com/users/12345',
  'https://api.example.com/api/v1/posts/987/comments/42',
  'https://cdn.example.com/static/js/app.min.js',
  'https://example.com/products/shoes/123456',
  'https://shop.example.com/cart?item=1',
  'https://www.example.com/blog/2024/05/hello-world',
  'https://example.com/files/a/b/c.txt',
  'https://example.com/DOCS/en/intro',
];
const misses = [
  'https://example.com/users/12345/edit',
  'https://api.example.com/api/v2/posts/987',
  'https://cdn.example.com/assets/app.js',
  'https://example.com/products/shoes/abc',
  'https://example.org/cart',
  'ftp://www.example.com/blog/2024/05/hello-world',
  'https://example.com/file/a',
  'https://example.com/docs/en/outro',
];
const inits = [
  { pathname: '/users/12345' },
  { pathname: '/api/v1/posts/987/comments/42' },
  { pathname: '/static/css/site.css' },
  { protocol: 'https', hostname: 'example.com', pathname: '/products/shoes/123456' },
  { protocol: 'https', hostname: 'shop.example.com', pathname: '/cart' },
  { protocol: 'https', hostname: 'www.example.com', pathname: '/blog/2024/05/hello-world' },
  { pathname: '/files/a/b/c.txt' },
  { pathname: '/Docs/intro' },
];
const n = patterns.length;

const modes = {
  construct(k) {
    const args = patterns[k % n];
    return new URLPattern(args[0], args[1]).pathname.length;
  },
  exec(k) {
    const r = compiled[k % n].exec(hits[k % n]);
    return r.pathname.input.length;
  },
  'exec-miss'(k) {
    return compiled[k % n].exec(misses[k % n]) === null ? 1 : 0;
  },
  test(k) {
    return compiled[k % n].test(hits[k % n]) ? 1 : 0;
  },
  'test-miss'(k) {
    return compiled[k % n].test(misses[k % n]) ? 0 : 1;
  },
  'exec-init'(k) {
    const r = compiled[k % n].exec(inits[k % n]);
    return r.pathname.input.length;
  },
};

for (const mode of Object.keys(modes)) {
  if (only !== undefined && only !== mode) continue;
  const fn = modes[mode];
  let sink = 0;
  for (let k = 0; k < 20000; k++) sink += fn(k);
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (let k = 0; k < count; k++) sink += fn(k);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(c0);
  console.log(`urlpattern-${mode} ${count} calls (${n} patterns): ${ms.toFixed(1)} ms, ` +
    `cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms, ${(count / ms * 1000 / 1e6).toFixed(3)} M/s ` +
    `(${sink > 0 ? 'ok' : 'bad'})`);
}
