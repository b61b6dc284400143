// 100k timers over 50 distinct delays, some cleared, then an interval run
// 1000 times: the cost of scheduling, ordering and firing timers.
let fired = 0;
const handles = [];
for (let i = 0; i < 100000; i++) {
  handles.push(setTimeout(() => { fired++; }, i % 50));
}
for (let i = 0; i < 100000; i += 10) clearTimeout(handles[i]);
let ticks = 0;
const iv = setInterval(() => {
  if (++ticks === 200) clearInterval(iv);
}, 0);
process.on('exit', () => {
  if (fired === 90000 && ticks === 200) console.log('timers ok');
});
