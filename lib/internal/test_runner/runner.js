'use strict';
// `kiln --test [patterns...]`: finds the test files, runs each in its own
// process (as Node's default process isolation does) and reports them all
// through one reporter, with one summary and exit code 1 if anything
// failed.
//
// A child runs its file with KILN_TEST_EVENTS set: its harness then writes
// each reporter event as one line on stdout, marked so the parent can tell
// it from the program's own output (which passes through). Errors cross as
// the text the reporters would print (plain and colored), so the parent's
// report of a failure reads as the child's would have.

const path = require('path');
const fs = require('fs');
const { spawn } = require('child_process');
const { inspect } = require('internal/util/inspect');

const kMarker = '\u001fkiln-test\u001f';

// ---- the child side ---------------------------------------------------------

function encodeError(error) {
  if (error === null || typeof error !== 'object') return error;
  const shown = error.code === 'ERR_TEST_FAILURE' && 'cause' in error ? error.cause : error;
  return {
    kilnError: true,
    code: error.code,
    failureType: error.failureType,
    plain: inspect(shown, { colors: false, breakLength: Infinity }),
    color: inspect(shown, { colors: true, breakLength: Infinity }),
  };
}

// The reporter a child uses: one marked JSON line per event.
function createEventWriter() {
  const fd = 1;
  return (type, data) => {
    let out = data;
    if (data && data.details && data.details.error !== undefined) {
      out = { ...data, details: { ...data.details, error: encodeError(data.details.error) } };
    }
    let line;
    try {
      line = JSON.stringify([type, out], (k, v) => (typeof v === 'bigint' ? Number(v) : v));
    } catch {
      line = JSON.stringify([type, { nesting: data?.nesting ?? 0, name: String(data?.name) }]);
    }
    fs.writeSync(fd, `${kMarker}${line}\n`);
  };
}

// ---- the parent side ----------------------------------------------------------

function decodeError(e) {
  if (e === null || typeof e !== 'object' || !e.kilnError) return e;
  const shown = {
    [inspect.custom](depth, options) {
      return options && options.colors ? e.color : e.plain;
    },
  };
  if (e.code === 'ERR_TEST_FAILURE') return { code: e.code, failureType: e.failureType, cause: shown };
  return shown;
}

const kDefaultSuffixes = /(?:^|[/\\])(?:[^/\\]*[._-]test|test-[^/\\]*|test)\.(?:c|m)?js$/;

function isDefaultTestFile(rel) {
  if (!/\.(?:c|m)?js$/.test(rel)) return false;
  if (kDefaultSuffixes.test(rel)) return true;
  return /(?:^|[/\\])test[/\\]/.test(rel);
}

// Node's default: every .js/.cjs/.mjs file named *.test.*, *-test.*,
// *_test.*, test-*.*, test.* or under a test/ directory, outside
// node_modules, in a sorted walk from the working directory.
function defaultFiles(cwd) {
  const out = [];
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile() && isDefaultTestFile(r)) out.push(r);
    }
  };
  walk(cwd, '');
  return out;
}

function findFiles(patterns, cwd) {
  if (patterns.length === 0) return defaultFiles(cwd);
  const out = [];
  const seen = new Set();
  for (const pattern of patterns) {
    let matches;
    if (/[*?[{]/.test(pattern)) {
      matches = fs.globSync(pattern, { cwd, exclude: (p) => /(?:^|[/\\])node_modules(?:[/\\]|$)/.test(String(p)) });
      matches.sort();
    } else {
      matches = [pattern];
    }
    for (const m of matches) {
      const abs = path.resolve(cwd, m);
      if (seen.has(abs)) continue;
      seen.add(abs);
      let st;
      try {
        st = fs.statSync(abs);
      } catch {
        out.push({ missing: m });
        continue;
      }
      if (st.isDirectory()) {
        for (const f of defaultFiles(abs)) {
          const fa = path.join(abs, f);
          if (!seen.has(fa)) {
            seen.add(fa);
            out.push(path.relative(cwd, fa));
          }
        }
      } else {
        out.push(m);
      }
    }
  }
  return out;
}

// The options a child gets: the parent's, minus the ones that made it the
// parent.
function childExecArgv() {
  const out = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--test' || a.startsWith('--test-reporter') || a.startsWith('--test-concurrency') ||
        a === '--test-force-exit' || a.startsWith('--test-isolation')) {
      if ((a === '--test-reporter' || a === '--test-reporter-destination' || a === '--test-concurrency') &&
          i + 1 < argv.length) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

function concurrency() {
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    let v;
    if (argv[i] === '--test-concurrency') v = argv[i + 1];
    else if (argv[i].startsWith('--test-concurrency=')) v = argv[i].slice(19);
    if (v !== undefined) {
      const n = Number(v);
      if (Number.isInteger(n) && n > 0) return n;
    }
  }
  return Math.max(1, require('os').availableParallelism() - 1);
}

// Runs one file; resolves { events, exitCode, signal, output } where output
// is the child's own text, in order with its events.
function runFile(file, cwd) {
  return new Promise((resolve) => {
    const items = [];
    const began = process.hrtime.bigint();
    const took = () => Number(process.hrtime.bigint() - began) / 1e6;
    const child = spawn(process.execPath, [...childExecArgv(), file], {
      cwd,
      env: { ...process.env, KILN_TEST_EVENTS: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      let nl;
      while ((nl = pending.indexOf('\n')) !== -1) {
        const line = pending.slice(0, nl);
        pending = pending.slice(nl + 1);
        const at = line.indexOf(kMarker);
        if (at === -1) {
          items.push({ text: `${line}\n` });
          continue;
        }
        if (at > 0) items.push({ text: line.slice(0, at) });
        try {
          const [type, data] = JSON.parse(line.slice(at + kMarker.length));
          items.push({ type, data });
        } catch {
          items.push({ text: `${line}\n` });
        }
      }
    });
    const errText = [];
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => errText.push(chunk));
    child.on('close', (code, signal) => {
      if (pending) items.push({ text: pending });
      resolve({ items, exitCode: code, signal, stderr: errText.join(''), duration: took() });
    });
    child.on('error', (err) => {
      resolve({ items, exitCode: 1, signal: null, stderr: String(err), duration: took() });
    });
  });
}

function emptyCounts() {
  return { tests: 0, suites: 0, passed: 0, failed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0 };
}

async function runTests(patterns) {
  const cwd = process.cwd();
  const harness = require('internal/test_runner/harness');
  const reporter = harness.createReporter(harness.reporterName());
  const files = findFiles(patterns, cwd);
  const missing = files.filter((f) => typeof f === 'object');
  if (missing.length > 0) {
    for (const m of missing) process.stderr.write(`Could not find '${m.missing}'\n`);
    process.exitCode = 1;
    return;
  }
  const start = process.hrtime.bigint();
  const totals = emptyCounts();
  let success = true;
  let topLevelCount = 0;

  // A file's own result (it crashed, or had no tests): named by its
  // relative path, located at its first line.
  const fail = (name, message, loc, duration) => {
    totals.tests++;
    totals.failed++;
    totals.topLevel++;
    topLevelCount++;
    success = false;
    const cause = { [inspect.custom]() { return `'${message}'`; } };
    const error = { code: 'ERR_TEST_FAILURE', failureType: 'testCodeFailure', cause };
    reporter('test:fail', {
      name, nesting: 0, testNumber: topLevelCount, file: loc, line: 1, column: 1,
      details: { duration_ms: duration, error, type: 'test' },
    });
  };

  const results = [];
  const limit = concurrency();
  let next = 0;
  let shown = 0;
  const show = () => {
    // Reports come out in file order, each file's as a whole.
    while (shown < files.length && results[shown] !== undefined) {
      const file = files[shown];
      const r = results[shown++];
      let sawFailure = false;
      let sawSummary = false;
      for (const item of r.items) {
        if (item.text !== undefined) {
          process.stdout.write(item.text);
          continue;
        }
        const { type, data } = item;
        if (type === 'test:summary') {
          sawSummary = true;
          const c = data.counts || {};
          for (const k of Object.keys(totals)) totals[k] += c[k] || 0;
          if (!data.success) success = false;
          continue;
        }
        if (data && data.nesting === 0 && (type === 'test:plan' || type === 'test:diagnostic')) continue;
        if (data && data.details && data.details.error !== undefined) {
          data.details.error = decodeError(data.details.error);
        }
        if (type === 'test:fail') sawFailure = true;
        if (data && data.nesting === 0 && (type === 'test:pass' || type === 'test:fail')) {
          topLevelCount++;
          data.testNumber = topLevelCount;
        }
        reporter(type, data);
      }
      if (r.stderr) process.stderr.write(r.stderr);
      if ((r.exitCode !== 0 || r.signal) && !sawFailure) {
        fail(file, 'test failed', path.resolve(cwd, file), r.duration);
      } else if (!sawSummary) {
        // A file without tests that ran cleanly is one passing test.
        totals.tests++;
        totals.passed++;
        totals.topLevel++;
        topLevelCount++;
        reporter('test:pass', {
          name: file, nesting: 0, testNumber: topLevelCount, file: path.resolve(cwd, file), line: 1, column: 1,
          details: { duration_ms: r.duration, type: 'test' },
        });
      }
    }
  };
  await new Promise((resolve) => {
    if (files.length === 0) return resolve();
    let running = 0;
    const launch = () => {
      while (running < limit && next < files.length) {
        const i = next++;
        const file = files[i];
        running++;
        runFile(file, cwd).then((r) => {
          results[i] = r;
          running--;
          show();
          if (shown === files.length) resolve();
          else launch();
        });
      }
      show();
      if (shown === files.length) resolve();
    };
    launch();
  });

  const duration = Number(process.hrtime.bigint() - start) / 1e6;
  if (totals.failed > 0 || totals.cancelled > 0) success = false;
  harness.emitRunEnd(reporter, topLevelCount, totals, duration, success);
  if (!success) process.exitCode = 1;
}

module.exports = { runTests, createEventWriter, findFiles };
