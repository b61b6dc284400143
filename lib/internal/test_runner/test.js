'use strict';
// The test runner's tree. A Test is one test() / it() / t.test(); a Suite is
// one describe() / suite(); the root (nesting -1) holds the file's top-level
// ones. Each runs its function, then waits for its subtests, and reports
// itself once it and the siblings declared before it are done, so the output
// follows declaration order whatever the completion order was.

const { codes: {
  ERR_TEST_FAILURE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
} } = require('internal/errors');
const { validateFunction, validateObject, validateNumber } = require('internal/validators');

// Captured at load: mock.timers replaces the globals, and a test's timeout
// must keep working while they are mocked.
const { setTimeout: realSetTimeout, clearTimeout: realClearTimeout } = require('internal/timers');

const ReflectApply = Reflect.apply;
const PromiseResolve = Promise.resolve.bind(Promise);

const kCancelledByParent = 'cancelledByParent';
const kTestCodeFailure = 'testCodeFailure';
const kHookFailure = 'hookFailed';
const kSubtestsFailed = 'subtestsFailed';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kAborted = 'testAborted';
const kCancelledTypes = new Set([kCancelledByParent, kTestTimeoutFailure, kAborted, kParentAlreadyFinished]);

function noop() {}

function testFailure(cause, failureType) {
  if (cause !== null && typeof cause === 'object' && cause.code === 'ERR_TEST_FAILURE' &&
      cause.failureType !== undefined) {
    return cause;
  }
  const err = new ERR_TEST_FAILURE(cause);
  err.failureType = failureType;
  err.cause = cause;
  // The runner's own frames say nothing about the test: like Node, keep
  // only the first line (reporters show the cause's stack instead).
  const stack = err.stack;
  if (typeof stack === 'string') {
    const nl = stack.indexOf('\n    at ');
    if (nl !== -1) err.stack = stack.slice(0, nl);
  }
  return err;
}

function hrnow() {
  return process.hrtime.bigint();
}

function isThenable(v) {
  return v !== null && (typeof v === 'object' || typeof v === 'function') && typeof v.then === 'function';
}

function parseConcurrency(value, inherited) {
  if (value === undefined || value === null) return inherited;
  if (typeof value === 'boolean') return value ? Infinity : 1;
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1) {
      throw new ERR_OUT_OF_RANGE('options.concurrency', '>= 1 && <= 4294967295', value);
    }
    return value;
  }
  throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], value);
}

function parseTimeout(value, inherited) {
  if (value === undefined || value === null) return inherited;
  if (value === Infinity) return value;
  validateNumber(value, 'options.timeout', 0, 2147483647);
  return value;
}

// Runs fn(ctx) or fn(ctx, done) as a test or hook body. Settles with undefined on
// success; rejects with an ERR_TEST_FAILURE. A timeout rejects even if the body
// never settles; `onTimeout` lets the owner abort its signal first.
// The test whose function is running synchronously right now: a test() or
// describe() call made there declares a subtest of it, as in Node (which
// finds it through async context tracking, and so also after an await).
let syncOwner = null;
function currentSyncOwner() {
  return syncOwner;
}

function runBody(fn, ctx, timeout, kind, onTimeout, onStart, owner = null) {
  return new Promise((resolve, reject) => {
    let settled = false;
    let timer;
    const finish = (ok, err) => {
      if (settled) return;
      settled = true;
      if (timer !== undefined) realClearTimeout(timer);
      if (ok) resolve();
      else reject(err);
    };
    if (onStart) onStart(finish);
    if (timeout !== Infinity) {
      timer = realSetTimeout(() => {
        const err = testFailure(`${kind} timed out after ${timeout}ms`, kTestTimeoutFailure);
        if (onTimeout) onTimeout(err);
        finish(false, err);
      }, timeout);
    }
    const prevOwner = syncOwner;
    syncOwner = owner;
    try {
      if (fn.length >= 2) {
        const done = (err) => {
          if (err) finish(false, testFailure(err, kTestCodeFailure));
          else finish(true);
        };
        const ret = ReflectApply(fn, ctx, [ctx, done]);
        if (isThenable(ret)) {
          ret.then(noop, noop);
          finish(false, testFailure('passed a callback but also returned a Promise',
                                    kCallbackAndPromisePresent));
        }
      } else {
        const ret = ReflectApply(fn, ctx, [ctx]);
        if (isThenable(ret)) {
          ret.then(() => finish(true), (e) => finish(false, testFailure(e, kTestCodeFailure)));
        } else {
          finish(true);
        }
      }
    } catch (e) {
      finish(false, testFailure(e, kTestCodeFailure));
    } finally {
      syncOwner = prevOwner;
    }
  });
}

class TestHook {
  constructor(fn, options, kind) {
    validateFunction(fn, 'fn');
    if (options !== undefined) validateObject(options, 'options');
    this.fn = fn;
    this.timeout = parseTimeout(options?.timeout, Infinity);
    this.kind = kind;
    this.loc = options?.loc;
  }

  run(ctx) {
    return runBody(this.fn, ctx, this.timeout, 'hook');
  }
}

class Test {
  constructor({ name, fn, parent, harness, options = {}, loc }) {
    this.name = name;
    this.fn = fn ?? noop;
    this.parent = parent ?? null;
    this.harness = parent ? parent.harness : harness;
    this.root = parent ? parent.root : this;
    this.nesting = parent ? parent.nesting + 1 : -1;
    this.loc = loc;
    this.isSuite = false;
    this.concurrency = parseConcurrency(options.concurrency, parent ? parent.concurrency : 1);
    this.timeout = parseTimeout(options.timeout, parent ? parent.timeout : Infinity);
    const { skip, todo, only, signal, plan, expectFailure } = options;
    this.expectFailure = expectFailure === undefined || expectFailure === false || expectFailure === null ?
      undefined : expectFailure;
    // As in Node's events: the message, or true when there is none.
    this.skip = skip === undefined || skip === false || skip === null ? undefined :
      (typeof skip === 'string' ? skip : true);
    this.todo = todo === undefined || todo === false || todo === null ? undefined :
      (typeof todo === 'string' ? todo : true);
    if (parent && parent.skip !== undefined && parent.isSuite && this.skip === undefined) this.skip = true;
    this.only = Boolean(only);
    this.hasOnlyDescendant = false;
    if (this.only) {
      for (let p = parent; p; p = p.parent) p.hasOnlyDescendant = true;
    }
    if (signal !== undefined && signal !== null) {
      if (typeof signal !== 'object' || typeof signal.aborted !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
      }
    }
    this.outerSignal = signal ?? null;
    if (plan !== undefined && plan !== null) {
      if (typeof plan !== 'number' || !Number.isInteger(plan) || plan < 0) {
        throw new ERR_OUT_OF_RANGE('options.plan', '>= 0', plan);
      }
    }
    this.plan = plan ?? null;
    this.planWait = false;
    this.assertCount = 0;

    this.subtests = [];
    this.pending = [];
    this.active = 0;
    this.reportIndex = 0;
    this.reportedCount = 0;
    this.hooks = { before: [], after: [], beforeEach: [], afterEach: [] };
    this.beforeRan = null;
    this.diagnostics = [];

    this.started = false;
    this.finished = false;
    this.filtered = false;
    this.startReported = false;
    this.error = null;
    this.passed = false;
    this.startTime = null;
    this.duration = undefined;
    this.controller = new AbortController();
    this.mockTracker = null;
    this.testNumber = 0;
    this.donePromise = new Promise((resolve) => { this.resolveDone = resolve; });
  }

  get fullName() {
    if (this.parent === null) return this.name;
    const names = [];
    for (let t = this; t && t.parent; t = t.parent) names.unshift(t.name);
    return names.join(' > ');
  }

  get signal() {
    return this.controller.signal;
  }

  get cancelled() {
    return this.error !== null && kCancelledTypes.has(this.error.failureType);
  }

  addSubtest(Kind, name, options, fn, loc) {
    const child = new Kind({ name, fn, parent: this, options, loc });
    this.subtests.push(child);
    return child;
  }

  // Starts now if the concurrency allows, else queues; the returned promise
  // settles (with undefined) once the subtest is finished.
  start() {
    const parent = this.parent;
    if (parent.finished) {
      this.failImmediately(testFailure('test could not be started because its parent finished',
                                       kParentAlreadyFinished));
      return this.donePromise;
    }
    if (parent.active < parent.concurrency) {
      parent.active++;
      this.runWrapped();
    } else {
      parent.pending.push(this);
    }
    return this.donePromise;
  }

  runWrapped() {
    this.started = true;
    this.run().then(undefined, (err) => {
      // A bug in the runner itself: never leave the tree waiting.
      if (!this.finished) {
        this.fail(testFailure(err, kTestCodeFailure));
        this.finish();
      }
    });
  }

  // A child's slot freed: start the next queued one.
  childDone(child) {
    this.active--;
    while (this.pending.length > 0 && this.active < this.concurrency) {
      const next = this.pending.shift();
      if (next.filtered) {
        next.finished = true;
        next.resolveDone();
        continue;
      }
      this.active++;
      next.runWrapped();
    }
    this.flushReports();
    if (this.parent === null) this.harness.onRootIdle();
  }

  flushReports() {
    while (this.reportIndex < this.subtests.length) {
      const child = this.subtests[this.reportIndex];
      if (child.filtered) {
        this.reportIndex++;
        continue;
      }
      if (!child.finished) break;
      this.reportIndex++;
      child.testNumber = ++this.reportedCount;
      child.report();
    }
  }

  runBeforeHooksOnce() {
    if (this.beforeRan === null) {
      this.beforeRan = (async () => {
        const ctx = this.context();
        for (const hook of this.hooks.before) await hook.run(ctx);
      })();
    }
    return this.beforeRan;
  }

  ancestorsFromRoot() {
    const list = [];
    for (let p = this.parent; p; p = p.parent) list.unshift(p);
    return list;
  }

  async runEachHooks(kind) {
    const ctx = this.context();
    const chain = this.ancestorsFromRoot();
    if (kind === 'afterEach') chain.reverse();
    for (const owner of chain) {
      for (const hook of owner.hooks[kind]) await hook.run(ctx);
    }
  }

  async runAfterHooks() {
    const ctx = this.context();
    for (const hook of this.hooks.after) {
      try {
        await hook.run(ctx);
      } catch (e) {
        if (this.error === null || this.passed) this.fail(testFailure(e.cause ?? e, kHookFailure));
      }
    }
  }

  context() {
    if (this.ctx === undefined) this.ctx = new TestContext(this);
    return this.ctx;
  }

  fail(err) {
    if (this.error === null) this.error = err;
    this.passed = false;
  }

  failImmediately(err) {
    this.started = true;
    this.fail(err);
    this.finish();
  }

  checkOuterSignal() {
    const s = this.outerSignal;
    if (s === null) return null;
    if (s.aborted) return this.abortError(s);
    return null;
  }

  abortError(s) {
    const { AbortError } = require('internal/errors');
    const reason = s.reason;
    return testFailure(reason !== undefined ? reason : new AbortError(), kAborted);
  }

  // No await where there is nothing to wait for: as in Node, the next
  // test's body runs in the same turn as the end of the previous one.
  hasEachHooks(kind) {
    for (let p = this.parent; p; p = p.parent) {
      if (p.hooks[kind].length > 0) return true;
    }
    return false;
  }

  async run() {
    this.startTime = hrnow();
    this.harness.running.add(this);
    const parent = this.parent;
    try {
      if (parent && (parent.beforeRan !== null || parent.hooks.before.length > 0)) {
        await parent.runBeforeHooksOnce();
      }
    } catch (e) {
      this.fail(testFailure(e.cause ?? e, kHookFailure));
      this.finish();
      return;
    }
    if (this.skip !== undefined) {
      this.passed = true;
      this.finish();
      return;
    }
    const aborted = this.checkOuterSignal();
    if (aborted) {
      this.fail(aborted);
      this.finish();
      return;
    }
    let hookFailed = false;
    try {
      if (this.hasEachHooks('beforeEach')) await this.runEachHooks('beforeEach');
    } catch (e) {
      this.fail(testFailure(e.cause ?? e, kHookFailure));
      hookFailed = true;
    }
    if (!hookFailed) {
      let body = runBody(this.fn, this.context(), this.timeout, 'test',
                         (err) => this.controller.abort(err), (finish) => { this.bodyFinish = finish; },
                         this);
      if (this.outerSignal !== null) {
        body = Promise.race([body, new Promise((resolve, reject) => {
          this.outerSignal.addEventListener('abort', () => reject(this.abortError(this.outerSignal)),
                                            { once: true });
        })]);
      }
      try {
        await body;
        this.passed = true;
      } catch (e) {
        this.fail(e);
      }
      this.bodyFinish = null;
      // expectFailure turns the outcome of the body around.
      if (this.expectFailure !== undefined && this.skip === undefined) {
        if (this.error !== null && !this.cancelled) {
          this.error = null;
          this.passed = true;
        } else if (this.error === null) {
          this.fail(testFailure('test was expected to fail but passed', kTestCodeFailure));
        }
      }
      await this.waitSubtests();
      if (this.plan !== null && this.error === null) {
        const received = this.assertCount;
        if (received !== this.plan) {
          this.fail(testFailure(`plan expected ${this.plan} assertions but received ${received}`,
                                kTestCodeFailure));
        }
      }
    }
    try {
      await this.runEachHooks('afterEach');
    } catch (e) {
      this.fail(testFailure(e.cause ?? e, kHookFailure));
    }
    await this.runAfterHooks();
    this.finish();
  }

  // Resolves once every subtest created so far (and any they create) is done.
  async waitSubtests() {
    let i = 0;
    for (;;) {
      const subtests = this.subtests;
      while (i < subtests.length && (subtests[i].finished || subtests[i].filtered)) i++;
      if (i === subtests.length) return;
      const open = subtests[i];
      if (!open.started && !this.pending.includes(open)) {
        // Created but never started (a suite's children start in Suite.run).
        open.start();
      }
      await open.donePromise;
    }
  }

  subtestFailures() {
    let failed = 0;
    for (const t of this.subtests) {
      if (t.filtered || t.todo !== undefined) continue;
      if (!t.passed) failed++;
    }
    return failed;
  }

  finish() {
    if (this.finished) return;
    const failed = this.subtestFailures();
    if (failed > 0 && this.error === null) {
      this.fail(testFailure(`${failed} subtest${failed === 1 ? '' : 's'} failed`, kSubtestsFailed));
    }
    if (this.error !== null) this.passed = false;
    if (this.startTime !== null) this.duration = Number(hrnow() - this.startTime) / 1e6;
    this.finished = true;
    this.harness.running.delete(this);
    if (this.parent !== null) this.harness.lastFinished = this;
    if (this.mockTracker !== null) this.mockTracker.reset();
    this.resolveDone();
    if (this.parent) this.parent.childDone(this);
  }

  // Cancels a test that never got to finish (its parent ended first, or the
  // event loop emptied while it waited).
  cancel(err) {
    if (this.finished) return;
    for (const t of this.subtests) t.cancel(testFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
    this.fail(err);
    // Never started: a duration of 0, which spec leaves out and tap prints.
    if (!this.started) {
      this.startTime = null;
      this.duration = 0;
    }
    this.controller.abort(err);
    this.finished = true;
    this.harness.running.delete(this);
    this.flushReports();
    if (this.mockTracker !== null) this.mockTracker.reset();
    this.resolveDone();
  }

  reportStarted() {
    if (this.startReported || this.parent === null) return;
    if (this.parent.parent !== null) this.parent.reportStarted();
    this.startReported = true;
    this.harness.emit('test:start', { name: this.name, nesting: this.nesting, ...this.locData() });
  }

  locData() {
    const loc = this.loc;
    return loc ? { file: loc.file, line: loc.line, column: loc.column } : {};
  }

  report() {
    this.reportStarted();
    if (this.reportedCount > 0) {
      this.harness.emit('test:plan', { nesting: this.nesting + 1, count: this.reportedCount, ...this.locData() });
    }
    const details = { type: this.isSuite ? 'suite' : 'test' };
    if (this.duration !== undefined) details.duration_ms = this.duration;
    if (!this.passed) details.error = this.error;
    const data = {
      name: this.name,
      nesting: this.nesting,
      testNumber: this.testNumber,
      details,
      ...this.locData(),
    };
    if (this.skip !== undefined) data.skip = this.skip;
    else if (this.todo !== undefined) data.todo = this.todo;
    else if (this.expectFailure !== undefined) data.expectFailure = this.expectFailure;
    this.harness.emit(this.passed ? 'test:pass' : 'test:fail', data);
    for (const message of this.diagnostics) {
      this.harness.emit('test:diagnostic', { nesting: this.nesting, message, ...this.locData() });
    }
  }
}

class Suite extends Test {
  constructor(args) {
    super(args);
    this.isSuite = true;
    this.buildPromise = null;
    this.buildError = null;
    if (this.skip !== undefined || (this.parent && this.parent.filtered)) return;
    const ctx = new SuiteContext(this);
    const harness = this.harness;
    const prev = harness.currentSuite;
    harness.currentSuite = this;
    try {
      const ret = ReflectApply(this.fn, ctx, [ctx]);
      if (isThenable(ret)) {
        // Until its body settles, an async describe() also takes the
        // declarations made after its first await (see harness declare()).
        harness.asyncSuites.push(this);
        const settled = () => {
          const i = harness.asyncSuites.indexOf(this);
          if (i !== -1) harness.asyncSuites.splice(i, 1);
        };
        this.buildPromise = PromiseResolve(ret).then(settled, (e) => {
          settled();
          this.buildError = testFailure(e, kTestCodeFailure);
        });
      }
    } catch (e) {
      this.buildError = testFailure(e, kTestCodeFailure);
    } finally {
      harness.currentSuite = prev;
    }
  }

  context() {
    if (this.ctx === undefined) this.ctx = new SuiteContext(this);
    return this.ctx;
  }

  applyOnly() {
    for (const t of this.subtests) {
      if (this.hasOnlyDescendant && !t.only && !t.hasOnlyDescendant) t.filtered = true;
      else if (filteredByName(t)) t.filtered = true;
    }
  }

  async run() {
    this.startTime = hrnow();
    const parent = this.parent;
    try {
      if (parent) await parent.runBeforeHooksOnce();
    } catch (e) {
      this.fail(testFailure(e.cause ?? e, kHookFailure));
      this.cancelChildren();
      this.finish();
      return;
    }
    if (this.skip !== undefined) {
      this.passed = true;
      for (const t of this.subtests) t.filtered = true;
      this.finish();
      return;
    }
    if (this.buildPromise !== null) await this.buildPromise;
    if (this.buildError !== null) {
      this.fail(this.buildError);
      this.cancelChildren();
      this.finish();
      return;
    }
    try {
      await this.runBeforeHooksOnce();
    } catch (e) {
      this.fail(testFailure(e.cause ?? e, kHookFailure));
      this.cancelChildren();
      await this.runAfterHooks();
      this.finish();
      return;
    }
    this.applyOnly();
    const children = this.subtests.filter((t) => !t.filtered);
    for (const t of children) t.start();
    await this.waitSubtests();
    this.passed = this.error === null;
    await this.runAfterHooks();
    this.finish();
  }

  cancelChildren() {
    for (const t of this.subtests) {
      if (!t.finished) {
        t.cancel(testFailure('test did not finish before its parent and was cancelled', kCancelledByParent));
      }
    }
    this.flushReports();
  }
}

// --test-name-pattern / --test-skip-pattern: true if `t` is left out (not
// run, not reported). A test runs when its name or an ancestor's matches a
// name pattern, a suite also when one of its descendants does; a match of
// a skip pattern leaves it out whatever else matches.
function matchesAny(patterns, t) {
  let path = '';
  for (let p = t.parent; p && p.parent; p = p.parent) path = `${p.name} ${path}`;
  path += t.name;
  for (const re of patterns) {
    re.lastIndex = 0;
    if (re.test(t.name)) return true;
    re.lastIndex = 0;
    if (re.test(path)) return true;
  }
  return false;
}

function descendantMatches(patterns, t) {
  for (const c of t.subtests) {
    if (matchesAny(patterns, c) || descendantMatches(patterns, c)) return true;
  }
  return false;
}

function filteredByName(t) {
  const { namePatterns, skipPatterns } = t.harness.filters;
  if (skipPatterns.length > 0 && matchesAny(skipPatterns, t)) return true;
  if (namePatterns.length === 0) return false;
  for (let p = t.parent; p && p.parent; p = p.parent) {
    if (matchesAny(namePatterns, p)) return false;
  }
  if (matchesAny(namePatterns, t)) return false;
  return !(t.isSuite && descendantMatches(namePatterns, t));
}

// What a test's function receives as `t`.
class TestContext {
  #test;

  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.signal;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return this.#test.fullName;
  }

  // The file being run, wherever the test was declared, as in Node.
  get filePath() {
    return entryFile() ?? this.#test.loc?.file;
  }

  get mock() {
    const test = this.#test;
    if (test.mockTracker === null) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      test.mockTracker = new MockTracker();
    }
    return test.mockTracker;
  }

  get assert() {
    const test = this.#test;
    if (test.assertObject === undefined) {
      test.assertObject = require('internal/test_runner/assert').makeContextAssert(test);
    }
    return test.assertObject;
  }

  diagnostic(message) {
    this.#test.diagnostics.push(message);
  }

  plan(count, options = {}) {
    const test = this.#test;
    if (test.plan !== null) throw new ERR_TEST_FAILURE('cannot set plan more than once');
    if (typeof count !== 'number') throw new ERR_INVALID_ARG_TYPE('count', 'number', count);
    if (!Number.isInteger(count) || count < 0) throw new ERR_OUT_OF_RANGE('count', '>= 0', count);
    validateObject(options, 'options');
    test.plan = count;
    test.planWait = options.wait ?? false;
  }

  runOnly(value) {
    this.#test.runOnlySubtests = Boolean(value);
  }

  skip(message) {
    this.#test.skip = typeof message === 'string' ? message : true;
  }

  todo(message) {
    this.#test.todo = typeof message === 'string' ? message : true;
  }

  test(name, options, fn) {
    const test = this.#test;
    const harness = test.harness;
    const args = harness.parseArgs(name, options, fn);
    const loc = harness.callerLocation();
    if (test.plan !== null) test.assertCount++;
    const child = test.addSubtest(Test, args.name, args.options, args.fn, loc);
    if ((test.runOnlySubtests && !child.only) || filteredByName(child)) {
      child.filtered = true;
      child.finished = true;
      child.resolveDone();
      return child.donePromise;
    }
    return child.start();
  }

  before(fn, options) {
    this.#test.hooks.before.push(new TestHook(fn, options, 'before'));
  }

  after(fn, options) {
    this.#test.hooks.after.push(new TestHook(fn, options, 'after'));
  }

  beforeEach(fn, options) {
    this.#test.hooks.beforeEach.push(new TestHook(fn, options, 'beforeEach'));
  }

  afterEach(fn, options) {
    this.#test.hooks.afterEach.push(new TestHook(fn, options, 'afterEach'));
  }

  // Arguments are checked before the promise exists: bad ones throw.
  waitFor(condition, options = {}) {
    validateFunction(condition, 'condition');
    validateObject(options, 'options');
    const { interval = 50, timeout = 1000 } = options;
    validateNumber(interval, 'options.interval', 0, 2147483647);
    validateNumber(timeout, 'options.timeout', 0, 2147483647);
    return poll(condition, interval, timeout);
  }
}

// Calls condition() now and every `interval` ms after a failure until it
// returns (or resolves); after `timeout` ms fails with the last error as the
// cause, even if an attempt is still pending.
function poll(condition, interval, timeout) {
  return new Promise((resolve, reject) => {
    let lastError;
    let done = false;
    let pollTimer;
    const timeoutTimer = realSetTimeout(() => {
      if (done) return;
      done = true;
      if (pollTimer !== undefined) realClearTimeout(pollTimer);
      const err = new Error('waitFor() timed out');
      err.cause = lastError;
      reject(err);
    }, timeout);
    const attempt = async () => {
      pollTimer = undefined;
      try {
        const value = await condition();
        if (done) return;
        done = true;
        realClearTimeout(timeoutTimer);
        resolve(value);
      } catch (e) {
        lastError = e;
        if (!done) pollTimer = realSetTimeout(attempt, interval);
      }
    };
    attempt();
  });
}

// What a describe()'s function receives.
class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.signal;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return this.#suite.fullName;
  }

  get filePath() {
    return entryFile() ?? this.#suite.loc?.file;
  }
}

function entryFile() {
  const main = require.main;
  if (main && typeof main.filename === 'string') return main.filename;
  return process.argv[1];
}

module.exports = {
  currentSyncOwner,
  filteredByName,
  Test,
  Suite,
  TestHook,
  TestContext,
  SuiteContext,
  testFailure,
  kCancelledByParent,
  kSubtestsFailed,
};
