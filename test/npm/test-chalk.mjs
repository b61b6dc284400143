// chalk 5 (ES modules only): styles, chains, nesting, colour models at each
// level, and its detection of colour support from the environment.
import assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import chalk, { Chalk, supportsColor, modifierNames, foregroundColorNames } from 'chalk';

const c1 = new Chalk({ level: 1 });
const c2 = new Chalk({ level: 2 });
const c3 = new Chalk({ level: 3 });
assert.strictEqual(c1.red('x'), '\u001b[31mx\u001b[39m');
assert.strictEqual(c1.bold.underline.green('y'), '\u001b[1m\u001b[4m\u001b[32my\u001b[39m\u001b[24m\u001b[22m');
assert.strictEqual(c1.bgBlue.white('z'), '\u001b[44m\u001b[37mz\u001b[39m\u001b[49m');
// A nested style closes and opens the outer one around it.
assert.strictEqual(c1.red(`a${c1.blue('b')}c`), '\u001b[31ma\u001b[34mb\u001b[39m\u001b[31mc\u001b[39m');
// Several arguments are joined by spaces; line breaks close and reopen.
assert.strictEqual(c1.red('a', 'b', 1), '\u001b[31ma b 1\u001b[39m');
assert.strictEqual(c1.red('a\nb'), '\u001b[31ma\u001b[39m\n\u001b[31mb\u001b[39m');
// Colour models, downsampled to the level.
assert.strictEqual(c3.hex('#ff8800')('o'), '\u001b[38;2;255;136;0mo\u001b[39m');
assert.strictEqual(c2.hex('#ff8800')('o'), '\u001b[38;5;214mo\u001b[39m');
assert.strictEqual(c1.hex('#ff8800')('o'), '\u001b[93mo\u001b[39m');
assert.strictEqual(c3.rgb(1, 2, 3).bgRgb(4, 5, 6)('q'), '\u001b[38;2;1;2;3m\u001b[48;2;4;5;6mq\u001b[49m\u001b[39m');
assert.strictEqual(c2.ansi256(200)('p'), '\u001b[38;5;200mp\u001b[39m');
assert.strictEqual(new Chalk({ level: 0 }).blue.bold('plain'), 'plain');
assert.strictEqual(c1.visible('v'), 'v');
assert.strictEqual(new Chalk({ level: 0 }).visible('v'), '');
assert.strictEqual(c1.red(''), '');
assert.ok(modifierNames.includes('bold') && foregroundColorNames.includes('cyanBright'));
assert.throws(() => new Chalk({ level: 4 }), /The `level` option should be an integer from 0 to 3/);

// Not a terminal here: no colour, unless the environment asks for it.
const run = (env) => spawnSync(process.execPath, ['--input-type=module', '-e',
  "import chalk, { supportsColor } from 'chalk'; console.log(`${chalk.level} ${JSON.stringify(supportsColor)} ${chalk.green('g')}`)"],
{ cwd: import.meta.dirname, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
assert.strictEqual(supportsColor === false || typeof supportsColor === 'object', true);
assert.strictEqual(typeof chalk.level, 'number');
assert.strictEqual(run({}).stdout, '0 false g\n');
assert.strictEqual(run({ FORCE_COLOR: '1' }).stdout,
                   '1 {"level":1,"hasBasic":true,"has256":false,"has16m":false} \u001b[32mg\u001b[39m\n');
assert.strictEqual(run({ FORCE_COLOR: '3' }).stdout,
                   '3 {"level":3,"hasBasic":true,"has256":true,"has16m":true} \u001b[32mg\u001b[39m\n');
assert.strictEqual(run({ FORCE_COLOR: '0' }).stdout, '0 false g\n');
