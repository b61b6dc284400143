'use strict';
// bench/fetch: N sequential fetch() calls to the server on PORT, each body
// read whole; prints the milliseconds the N took (after a warm-up of 100).
//
//   RUNTIME fetch.js PORT [N] [get|post]
const port = Number(process.argv[2]);
const n = Number(process.argv[3] ?? 1000);
const kind = process.argv[4] ?? 'get';
const url = `http://127.0.0.1:${port}/`;
const init = kind === 'post' ? { method: 'POST', body: 'x'.repeat(1024) } : undefined;

async function run(count) {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(url, init);
    bytes += (await response.text()).length;
  }
  if (bytes !== count * 28) throw new Error(`unexpected body bytes: ${bytes}`);
}

(async () => {
  await run(100);
  const start = process.hrtime.bigint();
  await run(n);
  console.log((Number(process.hrtime.bigint() - start) / 1e6).toFixed(1));
})();
