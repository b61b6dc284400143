'use strict';
// node:test/reporters: tap and dot (async generators over {type, data}
// events) and spec (a Transform) turn the same events into Node's text:
// TAP 13 with YAML error blocks and escaped '#', one character per test,
// the spec tree plus the failures listed again at the end of the stream.
const assert = require('assert');
const { tap, dot, spec } = require('node:test/reporters');

// The spec reporter prints locations relative to the working directory.
process.chdir('/');
let done = false;
process.on('exit', () => assert(done));

function failure(cause, failureType) {
  const e = new Error(typeof cause === 'object' && cause !== null ? cause.message : String(cause));
  e.stack = 'Error: wrapper\n    at wrapperFrame (runner.js:1:1)';
  e.code = 'ERR_TEST_FAILURE';
  e.failureType = failureType;
  e.cause = cause;
  return e;
}
const thrown = new TypeError('bad #1\nsecond line');
thrown.stack = 'TypeError: bad #1\nsecond line\n    at body (file.js:3:7)\n    at run (runner.js:9:1)';
thrown.extra = { n: 1, when: new Date(0) };
let assertion;
try {
  assert.strictEqual(1, 2);
} catch (e) {
  assertion = e;
}
assertion.stack = 'AssertionError [ERR_ASSERTION]: values differ\n    at check (file.js:5:3)';
const loc = { file: '/work/file.js', line: 3, column: 1 };
const events = [
  { type: 'test:start', data: { name: 'parent', nesting: 0, ...loc } },
  { type: 'test:start', data: { name: 'child # one', nesting: 1, ...loc } },
  { type: 'test:fail', data: { name: 'child # one', nesting: 1, testNumber: 1, ...loc,
                               details: { duration_ms: 1.5, type: 'test', error: failure(thrown, 'testCodeFailure') } } },
  { type: 'test:diagnostic', data: { nesting: 1, message: 'note\\here' } },
  { type: 'test:start', data: { name: 'child two', nesting: 1, ...loc } },
  { type: 'test:fail', data: { name: 'child two', nesting: 1, testNumber: 2, ...loc,
                               details: { duration_ms: 0.25, type: 'test', error: failure(assertion, 'testCodeFailure') } } },
  { type: 'test:start', data: { name: 'skipped', nesting: 1, ...loc } },
  { type: 'test:pass', data: { name: 'skipped', nesting: 1, testNumber: 3, skip: 'not today', ...loc,
                               details: { duration_ms: 0.1, type: 'test' } } },
  { type: 'test:plan', data: { nesting: 1, count: 3 } },
  { type: 'test:fail', data: { name: 'parent', nesting: 0, testNumber: 1, ...loc,
                               details: { duration_ms: 3, type: 'suite', error: failure('2 subtests failed', 'subtestsFailed') } } },
  { type: 'test:start', data: { name: 'todo', nesting: 0, ...loc } },
  { type: 'test:fail', data: { name: 'todo', nesting: 0, testNumber: 2, todo: '', ...loc,
                               details: { duration_ms: 0.5, type: 'test', error: failure(null, 'testCodeFailure') } } },
  { type: 'test:start', data: { name: 'ok', nesting: 0, ...loc } },
  { type: 'test:pass', data: { name: 'ok', nesting: 0, testNumber: 3, ...loc, details: { duration_ms: 2, type: 'test' } } },
  { type: 'test:start', data: { name: 'timeout', nesting: 0, ...loc } },
  { type: 'test:fail', data: { name: 'timeout', nesting: 0, testNumber: 4, ...loc,
                               details: { duration_ms: 20, type: 'test', error: failure('test timed out after 20ms', 'testTimeoutFailure') } } },
  { type: 'test:plan', data: { nesting: 0, count: 4 } },
  { type: 'test:diagnostic', data: { nesting: 0, message: 'tests 6' } },
];

async function* source() {
  for (const e of events) yield e;
}

async function collect(iterable) {
  let out = '';
  for await (const chunk of iterable) out += chunk;
  return out;
}

const EXPECTED = {
  tap: [
    "TAP version 13",
    "# Subtest: parent",
    "    # Subtest: child \\# one",
    "    not ok 1 - child \\# one",
    "      ---",
    "      duration_ms: 1.5",
    "      type: 'test'",
    "      location: '/work/file.js:3:1'",
    "      failureType: 'testCodeFailure'",
    "      error: |-",
    "        bad #1",
    "        second line",
    "      code: 'ERR_TEST_FAILURE'",
    "      name: 'TypeError'",
    "      stack: |-",
    "        body (file.js:3:7)",
    "        run (runner.js:9:1)",
    "      ...",
    "    # note\\\\here",
    "    # Subtest: child two",
    "    not ok 2 - child two",
    "      ---",
    "      duration_ms: 0.25",
    "      type: 'test'",
    "      location: '/work/file.js:3:1'",
    "      failureType: 'testCodeFailure'",
    "      error: |-",
    "        Expected values to be strictly equal:",
    "        ",
    "        1 !== 2",
    "        ",
    "      code: 'ERR_ASSERTION'",
    "      name: 'AssertionError'",
    "      expected: 2",
    "      actual: 1",
    "      operator: 'strictEqual'",
    "      stack: |-",
    "        check (file.js:5:3)",
    "      ...",
    "    # Subtest: skipped",
    "    ok 3 - skipped # SKIP not today",
    "      ---",
    "      duration_ms: 0.1",
    "      type: 'test'",
    "      ...",
    "    1..3",
    "not ok 1 - parent",
    "  ---",
    "  duration_ms: 3",
    "  type: 'suite'",
    "  location: '/work/file.js:3:1'",
    "  failureType: 'subtestsFailed'",
    "  error: '2 subtests failed'",
    "  code: 'ERR_TEST_FAILURE'",
    "  stack: |-",
    "    wrapperFrame (runner.js:1:1)",
    "  ...",
    "# Subtest: todo",
    "not ok 2 - todo # TODO",
    "  ---",
    "  duration_ms: 0.5",
    "  type: 'test'",
    "  location: '/work/file.js:3:1'",
    "  failureType: 'testCodeFailure'",
    "  error: 'null'",
    "  code: 'ERR_TEST_FAILURE'",
    "  stack: |-",
    "    wrapperFrame (runner.js:1:1)",
    "  ...",
    "# Subtest: ok",
    "ok 3 - ok",
    "  ---",
    "  duration_ms: 2",
    "  type: 'test'",
    "  ...",
    "# Subtest: timeout",
    "not ok 4 - timeout",
    "  ---",
    "  duration_ms: 20",
    "  type: 'test'",
    "  location: '/work/file.js:3:1'",
    "  failureType: 'testTimeoutFailure'",
    "  error: 'test timed out after 20ms'",
    "  code: 'ERR_TEST_FAILURE'",
    "  stack: |-",
    "    wrapperFrame (runner.js:1:1)",
    "  ...",
    "1..4",
    "# tests 6",
    "",
  ].join('\n'),
  dot: [
    "XX.XX.X",
    "",
    "Failed tests:",
    "",
    "✖ child # one (1.5ms)",
    "  TypeError: bad #1",
    "  second line",
    "      at body (file.js:3:7)",
    "      at run (runner.js:9:1) {",
    "    extra: { n: 1, when: 1970-01-01T00:00:00.000Z }",
    "  }",
    "✖ child two (0.25ms)",
    "  AssertionError [ERR_ASSERTION]: values differ",
    "      at check (file.js:5:3) {",
    "    generatedMessage: true,",
    "    code: 'ERR_ASSERTION',",
    "    actual: 1,",
    "    expected: 2,",
    "    operator: 'strictEqual',",
    "    diff: 'simple'",
    "  }",
    "✖ parent (3ms)",
    "  '2 subtests failed'",
    "⚠ todo (0.5ms) # TODO",
    "  null",
    "✖ timeout (20ms)",
    "  'test timed out after 20ms'",
    "",
  ].join('\n'),
  spec: [
    "▶ parent",
    "  ✖ child # one (1.5ms)",
    "  ℹ note\\here",
    "  ✖ child two (0.25ms)",
    "  ﹣ skipped (0.1ms) # not today",
    "✖ parent (3ms)",
    "⚠ todo (0.5ms) # TODO",
    "✔ ok (2ms)",
    "✖ timeout (20ms)",
    "ℹ tests 6",
    "",
    "✖ failing tests:",
    "",
    "test at work/file.js:3:1",
    "✖ child # one (1.5ms)",
    "  TypeError: bad #1",
    "  second line",
    "      at body (file.js:3:7)",
    "      at run (runner.js:9:1) {",
    "    extra: { n: 1, when: 1970-01-01T00:00:00.000Z }",
    "  }",
    "",
    "test at work/file.js:3:1",
    "✖ child two (0.25ms)",
    "  AssertionError [ERR_ASSERTION]: values differ",
    "      at check (file.js:5:3) {",
    "    generatedMessage: true,",
    "    code: 'ERR_ASSERTION',",
    "    actual: 1,",
    "    expected: 2,",
    "    operator: 'strictEqual',",
    "    diff: 'simple'",
    "  }",
    "",
    "test at work/file.js:3:1",
    "⚠ todo (0.5ms) # TODO",
    "  null",
    "",
    "test at work/file.js:3:1",
    "✖ timeout (20ms)",
    "  'test timed out after 20ms'",
    "",
  ].join('\n'),
};

(async () => {
  const t = await collect(tap(source()));
  const d = await collect(dot(source()));
  const s = await collect(source().pipe ? null : require('stream').Readable.from(events).pipe(new spec()));
  assert.strictEqual(t, EXPECTED.tap);
  assert.strictEqual(d, EXPECTED.dot);
  assert.strictEqual(s, EXPECTED.spec);
  done = true;
})();
