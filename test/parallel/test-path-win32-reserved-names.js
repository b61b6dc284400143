'use strict';
// Reserved Windows device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9 and the
// superscript COM/LPT digits), case-insensitive. normalize() marks a path that
// starts with one before a colon as relative ('.\CON:x') so that it is never
// read as a drive; join() leaves a result containing such a part unnormalized
// (both from a Node security fix of 2025).
require('../common');
const assert = require('assert');
const path = require('path');

const normalizeCases = [
  ['CON', 'CON'],
  ['CON:', '.\\CON:.'],
  ['con:', '.\\con:.'],
  ['CON:a', '.\\CON:a'],
  ['CON:\\a', '.\\CON:a'],
  ['CON:/', '.\\CON:.\\'],
  ['CON:..', '.\\CON:..'],
  ['CON:\\..', '.\\CON:..'],
  ['CON::', '.\\CON::'],
  ['CON:a:', '.\\CON:a:'],
  ['NUL:', '.\\NUL:.'],
  ['PRN:', '.\\PRN:.'],
  ['AUX:x', '.\\AUX:x'],
  ['COM1:', '.\\COM1:.'],
  ['com9:', '.\\com9:.'],
  ['LPT3:', '.\\LPT3:.'],
  ['COM¹:', '.\\COM¹:.'],
  ['COM²:', '.\\COM²:.'],
  ['LPT³:', '.\\LPT³:.'],
  ['COM0:', '.\\COM0:'],
  ['COM⁴:', '.\\COM⁴:'],
  ['CONIN$:', '.\\CONIN$:'],
  ['CON.txt:', '.\\CON.txt:'],
  ['xCON:', '.\\xCON:'],
  [' CON:', '.\\ CON:'],
  ['a\\CON:', '.\\a\\CON:'],
  ['C:CON:', 'C:CON:'],
  ['C:\\CON:', 'C:\\CON:'],
  ['\\CON:', '\\CON:'],
  ['CONx', '.\\CONx'],
  ['NULz\\..', '.'],
  ['AUX\\', '.\\AUX\\'],
  ['CONx:', '.\\CONx:'],
  ['CON\\', '.\\CON\\'],
  ['COM1x/../..', '..'],
];
for (const [input, expected] of normalizeCases) {
  assert.strictEqual(path.win32.normalize(input), expected, `normalize(${JSON.stringify(input)})`);
}

const joinCases = [
  ['CON:', 'CON:'],
  ['CON:', 'x', 'CON:\\x'],
  ['a', 'CON:', 'a\\CON:'],
  ['x', 'CON:', 'y', 'x\\CON:\\y'],
  ['CON:', '..', 'CON:\\..'],
  ['a', 'con:', '..', 'a\\con:\\..'],
  ['a/b/../c', 'CON:', 'a\\b\\..\\c\\CON:'],
  ['a/CON:', 'b', '.\\a\\CON:\\b'],
  ['a', './CON:', '.\\a\\CON:'],
  ['a', 'CON', 'a\\CON'],
  ['CONx', '..', '.'],
  ['a', 'NULz', '..', 'a'],
  ['a', 'CON.txt:', '..', '.\\a'],
  ['//a', 'CON:', '\\\\a\\CON:'],
  ['C:', 'CON:', 'C:\\CON:'],
  ['a', 'COM¹:', 'a\\COM¹:'],
  ['a', 'COM0:', '.\\a\\COM0:'],
];
for (const c of joinCases) {
  const args = c.slice(0, -1);
  assert.strictEqual(path.win32.join(...args), c[c.length - 1],
                     `join(${args.map((a) => JSON.stringify(a))})`);
}

// posix knows nothing of this.
assert.strictEqual(path.posix.normalize('CON:'), 'CON:');
assert.strictEqual(path.posix.join('a', 'CON:', '..'), 'a');
