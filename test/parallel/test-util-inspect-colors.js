'use strict';
// util.inspect with colors: inspect.colors, inspect.styles and their
// default values, and changing them.

const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(
  Object.keys(inspect.styles).join(' '),
  "special number bigint boolean undefined null string symbol date regexp module");
assert.strictEqual(
  Object.values(inspect.styles).join(' '),
  "cyan yellow yellow yellow grey bold green green magenta red underline");
assert.strictEqual(Object.getPrototypeOf(inspect.styles), null);
assert.strictEqual(Object.getPrototypeOf(inspect.colors), null);
assert.strictEqual(
  Object.keys(inspect.colors).join(' '),
  "reset bold dim italic underline blink inverse hidden strikethrough doubleunderline black red green yellow blue magenta cyan white bgBlack bgRed bgGreen bgYellow bgBlue bgMagenta bgCyan bgWhite framed overlined gray redBright greenBright yellowBright blueBright magentaBright cyanBright whiteBright bgGray bgRedBright bgGreenBright bgYellowBright bgBlueBright bgMagentaBright bgCyanBright bgWhiteBright");
assert.strictEqual(
  Object.getOwnPropertyNames(inspect.colors).filter((k) => !Object.keys(inspect.colors).includes(k)).join(' '),
  "grey blackBright bgGrey bgBlackBright faint crossedout strikeThrough crossedOut conceal swapColors swapcolors doubleUnderline");
assert.strictEqual(
  JSON.stringify(Object.keys(inspect.colors).map((k) => inspect.colors[k])),
  "[[0,0],[1,22],[2,22],[3,23],[4,24],[5,25],[7,27],[8,28],[9,29],[21,24],[30,39],[31,39],[32,39],[33,39],[34,39],[35,39],[36,39],[37,39],[40,49],[41,49],[42,49],[43,49],[44,49],[45,49],[46,49],[47,49],[51,54],[53,55],[90,39],[91,39],[92,39],[93,39],[94,39],[95,39],[96,39],[97,39],[100,49],[101,49],[102,49],[103,49],[104,49],[105,49],[106,49],[107,49]]");
assert.strictEqual(
  JSON.stringify([inspect.colors.grey, inspect.colors.faint, inspect.colors.swapColors]),
  "[[90,39],[2,22],[7,27]]");
assert.strictEqual(
  JSON.stringify(Object.getOwnPropertyDescriptor(inspect.colors, 'grey').enumerable),
  "false");
assert.strictEqual(
  inspect([null, undefined, true, 1, -0, 1n, 'str', Symbol('s'), [, 1], /re/g, new Date(0), () => {}], { colors: true }),
  "[\n  \u001b[1mnull\u001b[22m,\n  \u001b[90mundefined\u001b[39m,\n  \u001b[33mtrue\u001b[39m,\n  \u001b[33m1\u001b[39m,\n  \u001b[33m-0\u001b[39m,\n  \u001b[33m1n\u001b[39m,\n  \u001b[32m'str'\u001b[39m,\n  \u001b[32mSymbol(s)\u001b[39m,\n  [ \u001b[90m<1 empty item>\u001b[39m, \u001b[33m1\u001b[39m ],\n  \u001b[31m/re/g\u001b[39m,\n  \u001b[35m1970-01-01T00:00:00.000Z\u001b[39m,\n  \u001b[36m[Function (anonymous)]\u001b[39m\n]");
assert.strictEqual(
  inspect({ a: { b: { c: {} } }, s: new Set([1]) }, { colors: true }),
  "{ a: { b: { c: {} } }, s: Set(1) { \u001b[33m1\u001b[39m } }");
assert.strictEqual(
  inspect(new Map([[1, 2]]).entries() instanceof Object, { colors: true }),
  "\u001b[33mtrue\u001b[39m");
inspect.styles.number = 'red';
assert.strictEqual(inspect([1, 'a'], { colors: true }), "[ \u001b[31m1\u001b[39m, \u001b[32m'a'\u001b[39m ]");
inspect.styles.number = 'yellow';
inspect.styles.string = 'noSuchColor';
assert.strictEqual(inspect(['a', 1], { colors: true }), "[ 'a', \u001b[33m1\u001b[39m ]");
inspect.styles.string = 'green';
inspect.colors.grey = [1, 2];
assert.strictEqual(JSON.stringify(inspect.colors.gray), "[1,2]");
inspect.colors.gray = [90, 39];
// A user stylize is ignored without colors, and replaced with them.
assert.strictEqual(inspect([1, 'a'], { stylize: (s) => `<${s}>` }), "[ <1>, <'a'> ]");
assert.strictEqual(
  inspect([1, 'a'], { stylize: (s) => `<${s}>`, colors: true }),
  "[ \u001b[33m1\u001b[39m, \u001b[32m'a'\u001b[39m ]");
assert.strictEqual(inspect({ a: 1 }, false, 2, true), "{ a: \u001b[33m1\u001b[39m }");
