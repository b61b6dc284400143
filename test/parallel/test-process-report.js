'use strict';
// process.report: the diagnostic report's sections and header fields as Node
// writes them (detect-libc reads glibcVersionRuntime and sharedObjects),
// writeReport to a file and to stdout, the settings and their validation.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const r = process.report.getReport();
assert.deepStrictEqual(Object.keys(r), [
  'header', 'javascriptStack', 'javascriptHeap', 'nativeStack', 'resourceUsage', 'uvthreadResourceUsage',
  'libuv', 'workers', 'environmentVariables', 'userLimits', 'sharedObjects',
]);
const h = r.header;
assert.strictEqual(h.reportVersion, 5);
assert.strictEqual(h.event, 'JavaScript API');
assert.strictEqual(h.trigger, 'GetReport');
assert.strictEqual(h.filename, null);
assert.strictEqual(h.processId, process.pid);
assert.strictEqual(h.cwd, process.cwd());
assert.strictEqual(h.nodejsVersion, process.version);
assert.match(h.glibcVersionRuntime, /^\d+\.\d+$/);
assert.match(h.glibcVersionCompiler, /^\d+\.\d+$/);
assert.strictEqual(h.wordSize, 64);
assert.strictEqual(h.platform, process.platform);
assert.strictEqual(h.host, os.hostname());
assert.strictEqual(h.osName, os.type());
assert.ok(Array.isArray(h.cpus) && h.cpus.length > 0 && typeof h.cpus[0].user === 'number');
assert.ok(Array.isArray(h.networkInterfaces));
assert.match(h.dumpEventTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
assert.strictEqual(r.javascriptStack.message, 'Error [ERR_SYNTHETIC]: JavaScript Callstack');
assert.ok(r.javascriptStack.stack.length > 0);
assert.ok(r.sharedObjects.some((o) => /libc\.so/.test(o)), r.sharedObjects.join());
assert.deepStrictEqual(Object.keys(r.userLimits).sort(), [
  'core_file_size_blocks', 'cpu_time_seconds', 'data_seg_size_bytes', 'file_size_blocks',
  'max_locked_memory_bytes', 'max_memory_size_bytes', 'max_user_processes', 'open_files',
  'stack_size_bytes', 'virtual_memory_bytes',
]);
assert.strictEqual(r.environmentVariables.PATH, process.env.PATH);
assert.strictEqual(typeof r.resourceUsage.rss, 'number');

// An error's stack and properties.
const withErr = process.report.getReport(Object.assign(new TypeError('boom'), { code: 'E_X' }));
assert.match(withErr.javascriptStack.message, /^TypeError: boom/);
assert.strictEqual(withErr.javascriptStack.errorProperties.code, 'E_X');

// Settings.
assert.strictEqual(process.report.signal, 'SIGUSR2');
assert.strictEqual(process.report.compact, false);
assert.throws(() => { process.report.compact = 1; }, { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => { process.report.signal = 'SIGNOPE'; }, { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => process.report.getReport('x'), { code: 'ERR_INVALID_ARG_TYPE' });
process.report.excludeNetwork = true;
assert.strictEqual('networkInterfaces' in process.report.getReport().header, false);
process.report.excludeNetwork = false;
process.report.excludeEnv = true;
assert.strictEqual('environmentVariables' in process.report.getReport(), false);
process.report.excludeEnv = false;

// writeReport: a file in the report directory, one line when compact.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-report-'));
process.report.directory = dir;
const name = process.report.writeReport();
assert.match(name, /^report\.\d{8}\.\d{6}\.\d+\.0\.\d{3}\.json$/);
const written = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
assert.strictEqual(written.header.trigger, 'API');
assert.strictEqual(written.header.filename, name);
process.report.compact = true;
process.report.writeReport('one.json');
assert.strictEqual(fs.readFileSync(path.join(dir, 'one.json'), 'utf8').split('\n').length, 2);
process.report.compact = false;

// --report-uncaught-exception writes a report when the process dies of one.
const child = spawnSync(process.execPath, ['--report-uncaught-exception', '--report-compact', '-e', 'throw new Error("x")'],
                        { cwd: dir, encoding: 'utf8' });
assert.strictEqual(child.status, 1);
const files = fs.readdirSync(dir).filter((f) => f !== name && f !== 'one.json');
assert.strictEqual(files.length, 1);
const crash = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'));
assert.strictEqual(crash.header.event, 'Exception');
assert.match(JSON.stringify(crash.javascriptStack), /Error: x/);
fs.rmSync(dir, { recursive: true, force: true });
