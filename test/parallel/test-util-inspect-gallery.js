'use strict';
// The inspect gallery: every case of test/fixtures/inspect-gallery/values.js
// printed with util.inspect or util.format must match expected.txt (made
// by Node 24, see generate.js there) byte for byte. Stack frames are
// normalised on both sides (render.js).

const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, '..', 'fixtures', 'inspect-gallery');
const { render, parse } = require(path.join(dir, 'render.js'));
const cases = require(path.join(dir, 'values.js'));
// expected.js is expected.txt as a string (both made by generate.js), for
// a runtime that cannot read files yet.
const expectedText = require(path.join(dir, 'expected.js'));
let fs;
try {
  fs = require('fs');
} catch {
  fs = undefined;
}
if (fs !== undefined) {
  assert.strictEqual(fs.readFileSync(path.join(dir, 'expected.txt'), 'utf8'), expectedText,
                     'expected.txt and expected.js differ: run generate.js');
}
const expected = parse(expectedText);
const actual = render(cases);

assert.ok(cases.length >= 150, `only ${cases.length} cases`);
assert.strictEqual(actual.length, expected.length,
                   `${actual.length} cases, expected.txt has ${expected.length}: run generate.js`);

const failures = [];
for (let i = 0; i < actual.length; i++) {
  const a = actual[i];
  const e = expected[i];
  assert.strictEqual(a.title, e.title, 'values.js and expected.txt disagree on the cases: run generate.js');
  if (a.text !== e.text) failures.push(i);
}
if (failures.length > 0) {
  const i = failures[0];
  const e = expected[i].text;
  const a = actual[i].text;
  let at = 0;
  while (at < e.length && e[at] === a[at]) at++;
  const message = [
    `${failures.length} of ${actual.length} cases differ; the first is ${actual[i].title}`,
    `first difference at offset ${at}`,
    `expected: ${JSON.stringify(e)}`,
    `actual:   ${JSON.stringify(a)}`,
    `all: ${failures.map((n) => n + 1).join(', ')}`,
  ].join('\n');
  assert.fail(message);
}
