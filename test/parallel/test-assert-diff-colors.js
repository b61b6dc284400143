'use strict';
// With colors (FORCE_COLOR, or a color TTY on stderr) diffs are colored as
// in Node: green for actual, red for expected, blue for left-out lines, gray
// for what partialDeepStrictEqual does not ask for, and two one-line
// strings diffed character by character. FORCE_COLOR=0 turns them off.
const assert = require('assert');
const { spawnSync } = require('child_process');

const script = `
const assert = require('assert');
const messages = [];
const cases = [
  () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }),
  () => assert.strictEqual('abcdefghijklmnop', 'abcdefghijXlmnop'),
  () => assert.strictEqual(1234567890123, 1234567890124),
  () => assert.partialDeepStrictEqual([1, 2], [3]),
  () => assert.deepStrictEqual(Array.from({ length: 30 }, (_, i) => i), Array.from({ length: 30 }, (_, i) => (i === 15 ? -1 : i))),
  () => assert.notDeepStrictEqual(Array(60).fill(0), Array(60).fill(0)),
];
for (const c of cases) {
  try { c(); } catch (e) { messages.push(e.message); }
}
process.stdout.write(JSON.stringify(messages));
`;

function run(forceColor) {
  const env = { ...process.env, FORCE_COLOR: forceColor };
  delete env.NO_COLOR;
  delete env.NODE_DISABLE_COLORS;
  const child = spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  return JSON.parse(child.stdout);
}

const G = '\x1b[32m';
const R = '\x1b[31m';
const B = '\x1b[34m';
const D = '\x1b[90m';
const W = '\x1b[39m';
const colored = run('1');
assert.strictEqual(colored[0],
                   `Expected values to be strictly deep-equal:\n${G}+ actual${W} ${R}- expected${W}\n\n` +
                   `${W}  {\n${G}+${W}   a: 1,\n${R}-${W}   a: 2,\n${W}    b: [\n${W}      1,\n${W}      2\n` +
                   `${W}    ]\n${W}  }\n`);
const chars = (text, color) => [...text].map((c) => `${color}${c}${W}`).join('');
assert.strictEqual(colored[1],
                   `Expected values to be strictly equal:\n${G}actual${W} ${R}expected${W}\n\n` +
                   `${chars("'abcdefghij", W)}${G}k${W}${R}X${W}${chars("lmnop'", W)}\n`);
assert.strictEqual(colored[2],
                   `Expected values to be strictly equal:\n${G}+ actual${W} ${R}- expected${W}\n\n` +
                   `${G}+${W} 1234567890123\n${R}- ${W}1234567890124\n              ^\n`);
assert.strictEqual(colored[3],
                   `Expected values to be partially and strictly deep-equal:\n${D}actual${W} ${R}- expected${W}\n\n` +
                   `${W}  [\n${D}    1,${W}\n${D}    2${W}\n${R}-${W}   3\n${W}  ]\n`);
assert.ok(colored[4].includes(`\n${B}...${W}\n`));
assert.ok(colored[5].endsWith(`\n${B}...${W}\n`));

const plain = run('0');
for (const message of plain) assert.ok(!message.includes('\x1b['), message);
assert.strictEqual(plain[0],
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  {\n+   a: 1,\n-   a: 2,\n    b: [\n      1,\n      2\n    ]\n  }\n');
