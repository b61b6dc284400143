'use strict';
// path.join, resolve, normalize (and friends) in nanoseconds per call, best
// of 5 rounds after a warm-up, one line per case:
//
//   RUNTIME bench/path/ops.js          every case
//   RUNTIME bench/path/ops.js join     the cases whose name contains "join"
//
// bench/path/run.sh runs it on kiln and node and prints the ratios.
const path = require('path');

let sink = 0;
const cases = [
  ['join-short', () => path.join('a', 'b')],
  ['join-long', () => path.join('/home/user/project', 'src', 'lib/../components', './Button.js')],
  ['join-dots', () => path.join('a/b/c', '../../d', './e/./f/..', 'g')],
  ['resolve-abs', () => path.resolve('/var/lib', 'x/y', '../z')],
  ['resolve-rel', () => path.resolve('node_modules', 'pkg/index.js')],
  ['normalize-clean', () => path.normalize('/usr/local/lib/node_modules/npm/bin/npm-cli.js')],
  ['normalize-dirty', () => path.normalize('/usr//local/./lib/../lib/node_modules/./npm/bin/')],
  ['relative', () => path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb')],
  ['dirname', () => path.dirname('/home/user/project/src/index.js')],
  ['basename-ext', () => path.basename('/home/user/project/src/index.js', '.js')],
  ['extname', () => path.extname('/home/user/project/src/index.test.js')],
  ['parse', () => path.parse('/home/user/project/src/index.js')],
  ['win32-join', () => path.win32.join('C:\\Users\\me', 'AppData', '..\\Documents', 'file.txt')],
  ['win32-resolve', () => path.win32.resolve('C:\\a\\b', '..\\c', 'd')],
  ['matches-glob', () => path.matchesGlob('src/lib/deep/file.test.js', 'src/**/*.test.{js,ts}')],
];

// CPU time (user + system, all threads) rather than wall time: on a shared
// machine the wall time of a round varies far more.
function cpuNs(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) * 1000;
}

// Nanoseconds per call of run(): the best of 5 rounds of at least 30 ms of
// CPU time each, after a warm-up of as long.
function measure(run) {
  let calls = 0;
  let spent = 0;
  for (let n = 1; spent < 3e7; n *= 2) {
    const t = process.cpuUsage();
    for (let i = 0; i < n; i++) run();
    spent += cpuNs(t);
    calls += n;
  }
  const n = Math.max(1, Math.ceil(3e7 / (spent / calls)));
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const t = process.cpuUsage();
    for (let i = 0; i < n; i++) run();
    best = Math.min(best, cpuNs(t) / n);
  }
  return best;
}

const filter = process.argv[2];
for (const [name, run] of cases) {
  if (filter && !name.includes(filter)) continue;
  const ns = measure(() => { sink += run().length | 0; });
  console.log(`${name.padEnd(18)} ${ns.toFixed(1).padStart(9)} ns`);
}
if (sink === 0.5) console.log(sink);
