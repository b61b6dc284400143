'use strict';
// The per-process side of node:test: the root test, made on the first test()
// or describe() call; the functions the module exports; the process listeners
// that turn errors escaping a test into its failure; and the end of the run,
// at 'beforeExit', when the root's after hooks run and the summary is printed.
//
// kiln has no async context tracking, so "which test is this call / error
// from" is answered from what is running now: describe() bodies run
// synchronously (currentSuite), and an uncaught error goes to the test whose
// body is running, else to the test that finished last.

const {
  Test, Suite, TestHook, testFailure, kCancelledByParent, currentSyncOwner, filteredByName,
} = require('internal/test_runner/test');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateObject } = require('internal/validators');

const kTestCodeFailure = 'testCodeFailure';
const kUncaught = 'uncaughtException';
const kUnhandled = 'unhandledRejection';

class Harness {
  constructor() {
    this.root = null;
    this.running = new Set();
    this.currentSuite = null;
    this.reporters = [];
    this.summarized = false;
    this.lastFinished = null;
    this.rootErrors = 0;
    this.rootAfter = null;
    this.live = false;
    this.queued = [];
    this.asyncSuites = [];
    this.goLiveScheduled = false;
    this.filters = { namePatterns: [], skipPatterns: [] };
  }

  // Events wait until the run has started (the first top-level tests have
  // had their first turn), then go straight to the reporters: Node's
  // reporter stream is piped only once its setup, which is asynchronous, is
  // done, and writes synchronously after that.
  emit(type, data) {
    if (!this.live) {
      this.queued.push(type, data);
      return;
    }
    for (const r of this.reporters) r(type, data);
  }

  goLive() {
    if (this.live) return;
    this.live = true;
    const q = this.queued;
    this.queued = [];
    for (let i = 0; i < q.length; i += 2) this.emit(q[i], q[i + 1]);
  }

  parseArgs(name, options, fn) {
    if (typeof name === 'function') {
      fn = name;
      options = undefined;
      name = undefined;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
      name = undefined;
    }
    if (typeof options === 'function') {
      fn = options;
      options = undefined;
    }
    if (options === undefined || options === null) options = {};
    validateObject(options, 'options');
    if (fn !== undefined && fn !== null && typeof fn !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('fn', 'function', fn);
    }
    if (typeof name !== 'string' || name === '') {
      name = (typeof fn === 'function' && fn.name) ? fn.name : '<anonymous>';
    }
    return { name, options, fn: fn ?? undefined };
  }

  // The user code that called test()/it()/t.test(): the first frame outside
  // kiln's own modules.
  callerLocation() {
    let sites;
    try {
      sites = require('util').getCallSites(32);
    } catch {
      return undefined;
    }
    for (const s of sites) {
      const file = s.scriptName;
      if (!file || file.startsWith('node:')) continue;
      let path = file;
      if (path.startsWith('file://')) {
        try {
          path = require('url').fileURLToPath(path);
        } catch {
          // keep the URL
        }
      }
      const line = s.lineNumber;
      return { file: path, line, column: calleeColumn(path, line, s.columnNumber ?? s.column) };
    }
    return undefined;
  }

  currentTest() {
    let last = null;
    for (const t of this.running) {
      if (!t.isSuite && !t.finished) last = t;
    }
    return last;
  }

  getRoot() {
    if (this.root !== null) return this.root;
    const root = new Test({ name: '<root>', harness: this });
    root.startTime = process.hrtime.bigint();
    root.started = true;
    this.root = root;
    const options = parseTestFlags(natives.execArgv);
    this.filters = { namePatterns: options.namePatterns, skipPatterns: options.skipPatterns };
    if (options.timeout !== undefined) root.timeout = options.timeout;
    if (this.reporters.length === 0) {
      // Under `kiln --test` the parent process reports (internal/test_runner/runner).
      this.reporters.push(process.env.KILN_TEST_EVENTS ?
        require('internal/test_runner/runner').createEventWriter() : createReporter(reporterName()));
    }
    const onUncaught = (err) => this.onAsyncError(err, kUncaught);
    const onUnhandled = (err) => this.onAsyncError(err, kUnhandled);
    process.on(kUncaught, onUncaught);
    process.on(kUnhandled, onUnhandled);
    // Removed when the final report starts, as Node does: an error from
    // then on (such as the report's own failed write) ends the process.
    this.stopCatching = () => {
      process.removeListener(kUncaught, onUncaught);
      process.removeListener(kUnhandled, onUnhandled);
    };
    // The root's after hooks start at 'beforeExit'; the summary waits for
    // the other listeners, as in Node, where it goes through the reporter
    // stream.
    process.on('beforeExit', () => this.onBeforeExit());
    return root;
  }

  onAsyncError(err, event) {
    const t = this.currentTest();
    if (t !== null && t.bodyFinish) {
      t.bodyFinish(false, testFailure(err, kTestCodeFailure));
      return;
    }
    if (t !== null) {
      t.fail(testFailure(err, kTestCodeFailure));
      return;
    }
    // Before the run has started (the main module is still loading) the
    // error is not the tests' business: it crashes the process, as in Node.
    if (!this.live) throw err;
    this.rootErrors++;
    const last = this.lastFinished;
    let text;
    try {
      text = `${err}`;
    } catch {
      text = require('util').inspect(err);
    }
    if (last !== null) {
      const loc = last.loc ? ` at ${relativeLoc(last.loc)}` : '';
      const kind = last.isSuite ? 'Suite' : 'Test';
      this.emit('test:diagnostic', {
        nesting: 0,
        message: `Error: ${kind} "${last.name}"${loc} generated asynchronous activity after the test ended. ` +
          `This activity created the error "${text}" and would have caused the test to fail, but ` +
          `instead triggered an ${event} event.`,
      });
    } else {
      this.emit('test:diagnostic', { nesting: 0, message: text });
    }
  }

  // Node runs the root's after hooks as soon as its tests are all done,
  // even while handles (a server the hooks close) keep the process alive.
  onRootIdle() {
    const root = this.root;
    if (this.rootAfter !== null || root.hooks.after.length === 0) return;
    for (const t of root.subtests) {
      if (!t.finished && !t.filtered) return;
    }
    this.rootAfter = root.runAfterHooks();
  }

  onBeforeExit() {
    if (this.summarized) return;
    this.summarized = true;
    this.goLive();
    const root = this.root;
    for (const t of root.subtests) {
      if (!t.finished && !t.filtered) {
        t.cancel(testFailure('Promise resolution is still pending but the event loop has already resolved',
                             kCancelledByParent));
      }
    }
    root.flushReports();
    const finishRun = () => {
      const counts = countTree(root);
      const duration = Number(process.hrtime.bigint() - root.startTime) / 1e6;
      const success = counts.failedAny === 0 && this.rootErrors === 0;
      this.stopCatching();
      emitRunEnd((type, data) => this.emit(type, data), root.reportedCount, {
        tests: counts.tests, suites: counts.suites, passed: counts.passed, failed: counts.failed,
        cancelled: counts.cancelled, skipped: counts.skipped, todo: counts.todo, topLevel: counts.topLevel,
      }, duration, success);
      if (!success) process.exitCode = 1;
    };
    if (this.rootAfter === null) {
      if (root.hooks.after.length === 0) {
        process.nextTick(finishRun);
        return;
      }
      this.rootAfter = root.runAfterHooks();
    }
    this.rootAfter.then(() => {
      if (root.error !== null) this.rootErrors++;
      process.nextTick(finishRun);
    });
  }
}

// The end of a run, as in Node: the root's plan, then the counts as
// diagnostics, then the summary event (where spec lists the failures again).
// Also `kiln --test`'s, over all its files (internal/test_runner/runner).
function emitRunEnd(emit, planCount, counts, duration, success) {
  emit('test:plan', { nesting: 0, count: planCount });
  for (const [label, n] of [['tests', counts.tests], ['suites', counts.suites], ['pass', counts.passed],
                            ['fail', counts.failed], ['cancelled', counts.cancelled],
                            ['skipped', counts.skipped], ['todo', counts.todo], ['duration_ms', duration]]) {
    emit('test:diagnostic', { nesting: 0, message: `${label} ${n}` });
  }
  emit('test:summary', { counts, duration_ms: duration, success, file: undefined });
}

// JSC places a call at its '(' and V8, whose columns Node prints, at the
// start of the callee's last name: `t.test(` is at the `test`. Step back
// over the name in the source line.
const sourceLines = new Map();
function calleeColumn(file, line, column) {
  let lines = sourceLines.get(file);
  if (lines === undefined) {
    try {
      lines = require('fs').readFileSync(file, 'utf8').split('\n');
    } catch {
      lines = null;
    }
    sourceLines.set(file, lines);
  }
  const text = lines?.[line - 1];
  if (text === undefined || text[column - 1] !== '(') return column;
  let i = column - 1;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  let j = i;
  while (j > 0 && /[\w$]/.test(text[j - 1])) j--;
  return j < i ? j + 1 : column;
}

// The --test-* options that matter to a file run directly; each as
// --name=value or --name value.
function parseTestFlags(argv) {
  const out = { namePatterns: [], skipPatterns: [], timeout: undefined };
  const valueOf = (i, name) => {
    const a = argv[i];
    if (a === name) return i + 1 < argv.length ? argv[i + 1] : undefined;
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    let v = valueOf(i, '--test-name-pattern');
    if (v !== undefined) out.namePatterns.push(patternOf(v));
    v = valueOf(i, '--test-skip-pattern');
    if (v !== undefined) out.skipPatterns.push(patternOf(v));
    v = valueOf(i, '--test-timeout');
    if (v !== undefined && Number(v) > 0) out.timeout = Number(v);
  }
  return out;
}

// '/re/flags' is a regular expression with flags, anything else its source.
function patternOf(text) {
  const m = /^\/(.*)\/([a-z]*)$/s.exec(text);
  return m ? new RegExp(m[1], m[2]) : new RegExp(text);
}

// --test-reporter=<name> (spec, tap or dot) when the command line has it;
// spec otherwise, whether stdout is a terminal or not, as in Node 24.
function reporterName() {
  const argv = natives.execArgv;
  let name = 'spec';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--test-reporter' && i + 1 < argv.length) name = argv[++i];
    else if (a.startsWith('--test-reporter=')) name = a.slice('--test-reporter='.length);
  }
  return name;
}

// The report's text goes to stdout until a write fails (its reader went
// away: EPIPE). The failure is an uncaught error, which the harness
// reports as a diagnostic and counts as a failure (exit code 1); without
// this, that diagnostic's own write would fail too, and so on forever.
let reportBroken = false;
function writeReport(text) {
  if (reportBroken) return;
  process.stdout.write(text, (err) => {
    if (err) reportBroken = true;
  });
}

function createReporter(name) {
  if (name === 'tap') {
    const { TapFormatter } = require('internal/test_runner/reporter/tap');
    const f = new TapFormatter();
    return (type, data) => {
      const text = f.handle(type, data);
      if (text) writeReport(text);
    };
  }
  if (name === 'dot') {
    const { DotFormatter } = require('internal/test_runner/reporter/dot');
    const { shouldColorize } = require('internal/test_runner/reporter/spec');
    const stdout = process.stdout;
    const f = new DotFormatter({ colors: shouldColorize(stdout), columns: stdout.columns ?? 20 });
    return (type, data) => {
      const text = type === 'test:summary' ? f.end() : f.handle(type, data);
      if (text) writeReport(text);
    };
  }
  const { createDefaultReporter } = require('internal/test_runner/reporter/spec');
  return createDefaultReporter(writeReport);
}

function relativeLoc(loc) {
  const path = require('path');
  let file = loc.file;
  if (path.isAbsolute(file)) file = path.relative(process.cwd(), file);
  return `${file}:${loc.line}:${loc.column}`;
}

function countTree(root) {
  const c = { tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0,
              topLevel: 0, failedAny: 0 };
  let userFailed = 0;
  const walk = (t) => {
    for (const child of t.subtests) {
      if (child.filtered) continue;
      if (t === root) c.topLevel++;
      if (child.isSuite) {
        c.suites++;
        if (!child.passed && child.skip === undefined && child.todo === undefined) userFailed++;
      } else {
        c.tests++;
        if (child.skip !== undefined) c.skipped++;
        else if (child.todo !== undefined) c.todo++;
        else if (child.cancelled) {
          c.cancelled++;
          userFailed++;
        } else if (child.passed) c.passed++;
        else {
          c.failed++;
          userFailed++;
        }
      }
      walk(child);
    }
  };
  walk(root);
  c.failedAny = userFailed;
  return c;
}

const harness = new Harness();

// test() / it() / describe() / suite() and their .skip/.todo/.only forms.
function declare(Kind, args, overrides) {
  const { name, options, fn } = harness.parseArgs(args[0], args[1], args[2]);
  const opts = overrides ? { ...options, ...overrides } : options;
  const loc = harness.callerLocation();
  const root = harness.getRoot();
  const owner = currentSyncOwner();
  // Declarations still in the main module's synchronous run are top-level.
  const asyncSuite = harness.goLiveScheduled && harness.asyncSuites.length > 0 ?
    harness.asyncSuites[harness.asyncSuites.length - 1] : null;
  const parent = harness.currentSuite ?? (owner !== null && !owner.finished ? owner : asyncSuite ?? root);
  const child = parent.addSubtest(Kind, name, opts, fn, loc);
  if (parent !== root) {
    // In a suite, children start when it runs; in a test, at once, as t.test().
    if (!parent.isSuite) return child.start();
    return child.donePromise;
  }
  // Top-level tests start once the main module's synchronous code is done,
  // so an `only` declared later in the file still filters earlier ones.
  Promise.resolve().then(() => {
    if (!harness.goLiveScheduled) {
      harness.goLiveScheduled = true;
      process.nextTick(() => harness.goLive());
    }
    if ((root.hasOnlyDescendant && !child.only && !child.hasOnlyDescendant) || filteredByName(child)) {
      child.filtered = true;
      child.finished = true;
      child.resolveDone();
      root.flushReports();
      return;
    }
    child.start();
  });
  return child.donePromise;
}

function makeDeclarer(Kind, fnName) {
  const f = {
    [fnName](name, options, fn) {
      return declare(Kind, [name, options, fn]);
    },
  }[fnName];
  f.skip = function skip(name, options, fn) { return declare(Kind, [name, options, fn], { skip: true }); };
  f.todo = function todo(name, options, fn) { return declare(Kind, [name, options, fn], { todo: true }); };
  f.only = function only(name, options, fn) { return declare(Kind, [name, options, fn], { only: true }); };
  f.expectFailure = function expectFailure(name, options, fn) {
    return declare(Kind, [name, options, fn], { expectFailure: true });
  };
  return f;
}

function hookDeclarer(kind) {
  return {
    [kind](fn, options) {
      const root = harness.getRoot();
      const parent = harness.currentSuite ?? root;
      const hook = new TestHook(fn, options, kind);
      if (parent === root && kind === 'before') {
        // The root is already running: its before hooks run at once, and
        // its tests wait for them.
        const ran = hook.run(root.context());
        const prev = root.beforeRan;
        root.beforeRan = prev === null ? ran : Promise.all([prev, ran]);
        ran.then(undefined, () => {});
        return;
      }
      parent.hooks[kind].push(hook);
    },
  }[kind];
}

// As in Node, it is test and suite is describe: the same functions.
const test = makeDeclarer(Test, 'test');
const describe = makeDeclarer(Suite, 'describe');

// The context of the test or suite whose code is running, if any.
function getTestContext() {
  const owner = currentSyncOwner();
  if (owner !== null && !owner.finished) return owner.context();
  if (harness.currentSuite !== null) return harness.currentSuite.context();
  const t = harness.currentTest();
  return t === null ? undefined : t.context();
}

module.exports = {
  harness,
  getTestContext,
  relativeLoc,
  test,
  it: test,
  describe,
  suite: describe,
  before: hookDeclarer('before'),
  after: hookDeclarer('after'),
  beforeEach: hookDeclarer('beforeEach'),
  afterEach: hookDeclarer('afterEach'),
  createReporter,
  reporterName,
  emitRunEnd,
};
