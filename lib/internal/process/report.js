'use strict';
// process.report: Node's diagnostic report as JSON, with Node's sections
// and field names (version 5). Tools read it for facts about the process:
// detect-libc, for one, takes glibcVersionRuntime and sharedObjects from it.
// What kiln cannot know the way Node does is left empty: the native stack
// and the list of libuv handles.

const binding = internalBinding('process');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL },
} = require('internal/errors');
const { validateBoolean, validateString } = require('internal/validators');

const settings = {
  directory: '',
  filename: '',
  compact: false,
  excludeNetwork: false,
  excludeEnv: false,
  signal: 'SIGUSR2',
  reportOnFatalError: false,
  reportOnSignal: false,
  reportOnUncaughtException: false,
};
let sequence = 0;

function isoSeconds(d) {
  return `${d.toISOString().slice(0, 19)}Z`;
}

function cpuSeconds(micros) {
  return micros / 1e6;
}

function header(event, trigger, filename, now) {
  const os = require('os');
  const facts = binding.reportFacts();
  const h = {
    reportVersion: 5,
    event,
    trigger,
    filename,
    dumpEventTime: isoSeconds(now),
    dumpEventTimeStamp: String(now.getTime()),
    processId: process.pid,
    threadId: 0,
    cwd: process.cwd(),
    commandLine: [process.argv[0], ...process.execArgv, ...process.argv.slice(1)],
    nodejsVersion: process.version,
    glibcVersionRuntime: facts.glibcRuntime,
    glibcVersionCompiler: facts.glibcCompiler,
    wordSize: 64,
    arch: process.arch,
    platform: process.platform,
    componentVersions: { ...process.versions },
    release: { ...process.release },
    osName: os.type(),
    osRelease: os.release(),
    osVersion: os.version(),
    osMachine: os.machine(),
    cpus: os.cpus().map(({ model, speed, times }) => ({
      model, speed, user: times.user, nice: times.nice, sys: times.sys, idle: times.idle, irq: times.irq,
    })),
  };
  if (!settings.excludeNetwork) {
    const list = [];
    const ifaces = os.networkInterfaces();
    for (const name of Object.keys(ifaces)) {
      for (const i of ifaces[name]) {
        const entry = { name, internal: i.internal, mac: i.mac, address: i.address, netmask: i.netmask, family: i.family };
        if (i.scopeid !== undefined) entry.scopeid = i.scopeid;
        list.push(entry);
      }
    }
    h.networkInterfaces = list;
  }
  h.host = os.hostname();
  return { h, facts };
}

function javascriptStack(err, skip) {
  let text;
  let errorProperties = {};
  if (err !== undefined && err !== null && typeof err === 'object') {
    text = typeof err.stack === 'string' ? err.stack : String(err);
    for (const k of Object.keys(err)) {
      try {
        errorProperties[k] = String(err[k]);
      } catch {
        // An accessor that throws is left out.
      }
    }
  } else {
    const holder = {};
    Error.captureStackTrace(holder, skip);
    text = `Error [ERR_SYNTHETIC]: JavaScript Callstack${holder.stack.slice(holder.stack.indexOf('\n'))}`;
    errorProperties = { code: 'ERR_SYNTHETIC' };
  }
  const lines = text.split('\n');
  const frames = [];
  let i = 1;
  for (; i < lines.length && !lines[i].startsWith('    at '); i++);
  const message = lines.slice(0, i).join('\n');
  for (; i < lines.length; i++) if (lines[i].startsWith('    at ')) frames.push(lines[i].trim());
  return { message, stack: frames, errorProperties };
}

function build(event, trigger, filename, err, skip = build) {
  const now = new Date();
  const { h, facts } = header(event, trigger, filename, now);
  const mem = process.memoryUsage();
  const os = require('os');
  const ru = process.resourceUsage();
  const uptime = process.uptime();
  const percent = (micros) => (uptime > 0 ? (micros / 1e6 / uptime) * 100 : 0);
  const limits = {};
  for (const [name, soft, hard] of facts.limits) {
    limits[name] = { soft: soft < 0 ? 'unlimited' : soft, hard: hard < 0 ? 'unlimited' : hard };
  }
  const thread = process.threadCpuUsage();
  const report = {
    header: h,
    javascriptStack: javascriptStack(err, skip),
    javascriptHeap: {
      totalMemory: mem.heapTotal,
      executableMemory: 0,
      totalCommittedMemory: mem.heapTotal,
      availableMemory: Math.max(0, os.totalmem() - mem.heapUsed),
      totalGlobalHandlesMemory: 0,
      usedGlobalHandlesMemory: 0,
      usedMemory: mem.heapUsed,
      memoryLimit: os.totalmem(),
      mallocedMemory: 0,
      externalMemory: mem.external,
      peakMallocedMemory: 0,
      nativeContextCount: 1,
      detachedContextCount: 0,
      doesZapGarbage: 0,
      heapSpaces: {},
    },
    nativeStack: [],
    resourceUsage: {
      free_memory: os.freemem(),
      total_memory: os.totalmem(),
      rss: mem.rss,
      constrained_memory: process.constrainedMemory(),
      available_memory: process.availableMemory(),
      userCpuSeconds: cpuSeconds(ru.userCPUTime),
      kernelCpuSeconds: cpuSeconds(ru.systemCPUTime),
      cpuConsumptionPercent: percent(ru.userCPUTime + ru.systemCPUTime),
      userCpuConsumptionPercent: percent(ru.userCPUTime),
      kernelCpuConsumptionPercent: percent(ru.systemCPUTime),
      maxRss: ru.maxRSS * 1024,
      pageFaults: { IORequired: ru.majorPageFault, IONotRequired: ru.minorPageFault },
      fsActivity: { reads: ru.fsRead, writes: ru.fsWrite },
    },
    uvthreadResourceUsage: {
      userCpuSeconds: cpuSeconds(thread.user),
      kernelCpuSeconds: cpuSeconds(thread.system),
      cpuConsumptionPercent: percent(thread.user + thread.system),
      userCpuConsumptionPercent: percent(thread.user),
      kernelCpuConsumptionPercent: percent(thread.system),
      fsActivity: { reads: ru.fsRead, writes: ru.fsWrite },
    },
    libuv: [],
    workers: [],
  };
  if (!settings.excludeEnv) report.environmentVariables = { ...process.env };
  report.userLimits = limits;
  report.sharedObjects = facts.sharedObjects;
  return report;
}

function text(report) {
  return settings.compact ? `${JSON.stringify(report)}\n` : `${JSON.stringify(report, null, 2)}\n`;
}

function defaultFilename(now) {
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  return `report.${date}.${time}.${process.pid}.0.${pad(++sequence, 3)}.json`;
}

// Writes a report; returns its file name ('' when it could not be written).
function write(event, trigger, file, err, skip = write) {
  const fs = require('fs');
  const path = require('path');
  let filename = file || settings.filename;
  if (!filename) filename = defaultFilename(new Date());
  const report = build(event, trigger, filename, err, skip);
  const out = text(report);
  if (filename === 'stdout' || filename === 'stderr') {
    fs.writeSync(filename === 'stdout' ? 1 : 2, out);
    return filename;
  }
  const full = path.isAbsolute(filename) ? filename : path.join(settings.directory || process.cwd(), filename);
  try {
    fs.writeFileSync(full, out);
  } catch (e) {
    fs.writeSync(2, `\nFailed to open Node.js report file: ${filename} directory: ${settings.directory || process.cwd()} (errno: ${-e.errno})\n`);
    return '';
  }
  fs.writeSync(2, `\nWriting Node.js report to file: ${filename}\nNode.js report completed\n`);
  return filename;
}

let signalHandler;
let monitor;

function setSignalHandler(on) {
  if (signalHandler) {
    process.removeListener(settings.signal, signalHandler);
    signalHandler = undefined;
  }
  if (on) {
    signalHandler = (sig) => write('Signal', sig, undefined, undefined);
    process.on(settings.signal, signalHandler);
  }
}

function setMonitor(on) {
  if (on && !monitor) {
    monitor = (err) => write('Exception', 'Exception', undefined, err);
    process.on('uncaughtExceptionMonitor', monitor);
  } else if (!on && monitor) {
    process.removeListener('uncaughtExceptionMonitor', monitor);
    monitor = undefined;
  }
}

function validateSignal(sig) {
  validateString(sig, 'signal');
  if (!Object.prototype.hasOwnProperty.call(require('os').constants.signals, sig)) {
    throw new ERR_UNKNOWN_SIGNAL(sig);
  }
}

const report = {
  writeReport(file, err) {
    if (typeof file === 'object' && file !== null) {
      err = file;
      file = undefined;
    } else if (file !== undefined) {
      validateString(file, 'file');
    }
    if (err !== undefined && (err === null || typeof err !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('err', 'Object', err);
    }
    return write('JavaScript API', 'API', file, err, report.writeReport);
  },
  getReport(err) {
    if (err !== undefined && (err === null || typeof err !== 'object')) {
      throw new ERR_INVALID_ARG_TYPE('err', 'Object', err);
    }
    return JSON.parse(JSON.stringify(build('JavaScript API', 'GetReport', null, err, report.getReport)));
  },
};

// The settings, in Node's order: [name, validate, the name its errors use,
// what a change does]. reportOnFatalError is kept but not acted on: kiln has
// no fatal-error path that could still write a report (an out-of-memory in
// the engine aborts).
const kSettings = [
  ['directory', validateString, 'directory'],
  ['filename', validateString, 'filename'],
  ['compact', validateBoolean, 'compact'],
  ['excludeNetwork', validateBoolean, 'excludeNetwork'],
  ['signal', validateSignal, 'signal', (sig) => {
    const on = settings.reportOnSignal;
    setSignalHandler(false);
    settings.signal = sig;
    setSignalHandler(on);
  }],
  ['reportOnFatalError', validateBoolean, 'trigger'],
  ['reportOnSignal', validateBoolean, 'trigger', setSignalHandler],
  ['reportOnUncaughtException', validateBoolean, 'trigger', setMonitor],
  ['excludeEnv', validateBoolean, 'excludeEnv'],
];
for (const [name, validate, label, effect] of kSettings) {
  Object.defineProperty(report, name, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return settings[name]; },
    set(value) {
      validate(value, label);
      if (name !== 'signal') settings[name] = value;
      if (effect) effect(value);
    },
  });
}

// The command-line flags (--report-on-signal, --report-uncaught-exception,
// --report-compact, --report-directory, --report-filename, --report-signal).
function applyFlags(argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i]);
    if (a === '--report-compact') report.compact = true;
    else if (a === '--report-on-signal') report.reportOnSignal = true;
    else if (a === '--report-uncaught-exception') report.reportOnUncaughtException = true;
    else if (a === '--report-on-fatalerror') report.reportOnFatalError = true;
    else if (a === '--report-exclude-network') report.excludeNetwork = true;
    else if (a === '--report-exclude-env') report.excludeEnv = true;
    else if (a.startsWith('--report-directory')) report.directory = value();
    else if (a.startsWith('--report-filename')) report.filename = value();
    else if (a.startsWith('--report-signal')) report.signal = value();
  }
}

module.exports = { report, applyFlags };
