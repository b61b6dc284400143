'use strict';
// The transpiler through kiln's binding, as the ES-module loader calls it:
// transformModule MB/s including the string conversions at the boundary,
// next to the time JavaScriptCore takes to compile the generated code with
// `new Function` (its parse, which every module load pays as well).
//   kiln --expose-internals bench/transpile/bench.js < list-of-files
const fs = require('fs');
const { internalBinding } = require('internal/test/binding');
const { transformModule } = internalBinding('transpile');

const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean)
  .map((f) => fs.readFileSync(f, 'utf8'));
const bytes = files.reduce((n, s) => n + Buffer.byteLength(s), 0);

function best(fn) {
  let min = Infinity;
  for (let round = 0; round < 5; round++) {
    const t0 = process.cpuUsage();
    fn();
    const t = process.cpuUsage(t0);
    min = Math.min(min, (t.user + t.system) / 1e6);
  }
  return min;
}

const codes = files.map((s) => transformModule(s, 'bench.mjs').code);
const tTransform = best(() => { for (const s of files) transformModule(s, 'bench.mjs'); });
const tCompile = best(() => { for (const c of codes) new Function('return ' + c); });
const mb = bytes / 1e6;
console.log(`${files.length} files, ${mb.toFixed(2)} MB`);
console.log(`transformModule (binding)  ${(mb / tTransform).toFixed(1).padStart(7)} MB/s`);
console.log(`JSC new Function (compile) ${(mb / tCompile).toFixed(1).padStart(7)} MB/s`);
console.log(`transform / compile time   ${(tTransform / tCompile).toFixed(2).padStart(7)}x`);
