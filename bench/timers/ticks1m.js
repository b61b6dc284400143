// 1M process.nextTick callbacks and 1M promise jobs, interleaved the way
// async code produces them.
let ticks = 0;
let jobs = 0;
function tick() {
  if (++ticks < 1000000) process.nextTick(tick);
}
process.nextTick(tick);
let p = Promise.resolve();
for (let i = 0; i < 1000; i++) {
  p.then(function chain(n = 0) {
    jobs++;
    if (n < 999) return Promise.resolve(n + 1).then(chain);
    return undefined;
  });
}
process.on('exit', () => {
  if (ticks === 1000000 && jobs === 1000000) console.log('ticks ok');
});
