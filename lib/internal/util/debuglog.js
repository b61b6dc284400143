'use strict';
// util.debuglog(section[, callback]) (also util.debug): a logger that
// writes `SECTION PID: message` to stderr when NODE_DEBUG names the section.
//
// NODE_DEBUG is a comma-separated list of section names, matched without
// regard to case; `*` in a name matches any run of characters (`fs*`,
// `*`). Node reads it once at startup; kiln reads it when this module
// loads, the first time a program asks util for a debug logger, so a
// program that changes process.env.NODE_DEBUG before that sees its change
// take effect.
//
// Whether a section is on is decided when the logger is first used (or its
// `enabled` property first read), so creating loggers at module load costs
// nothing. A section that is off gets a no-op.

// Captured at load.
const ObjectDefineProperty = Object.defineProperty;
const RegExpCtor = RegExp;
const { exec: regExpExec } = RegExp.prototype;
const { toUpperCase, split } = String.prototype;
const ReflectApply = Reflect.apply;

let sectionPattern = null; // null: no section is on

// The list as one case-insensitive pattern: every character but `*` is
// literal, and each name must match a whole section.
function compileNodeDebug(value) {
  if (!value) return null;
  const names = ReflectApply(split, value, [',']);
  let source = '';
  for (let n = 0; n < names.length; n++) {
    const name = names[n];
    let alt = '';
    for (let i = 0; i < name.length; i++) {
      const c = name[i];
      if (c === '*') alt += '.*';
      else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) alt += c;
      else alt += `\\u${name.charCodeAt(i).toString(16).padStart(4, '0')}`;
    }
    source += `${n > 0 ? '|' : ''}^(?:${alt})$`;
  }
  return new RegExpCtor(source, 'i');
}

function initializeDebugEnv(value) {
  sectionPattern = compileNodeDebug(value);
  loggers = { __proto__: null };
}

function isSectionEnabled(section) {
  return sectionPattern !== null && ReflectApply(regExpExec, sectionPattern, [section]) !== null;
}

// One implementation per section, shared by every logger made for it.
let loggers = { __proto__: null };

function noop() {}

let utilModule;
let miscModule;

function makeLogger(section) {
  const pid = process.pid;
  // Node warns because these sections print headers, cookies and the like.
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning(`Setting the NODE_DEBUG environment variable to '${section.toLowerCase()}' can expose ` +
      'sensitive data (such as passwords, tokens and authentication headers) in the resulting log.');
  }
  return function debug(...args) {
    if (utilModule === undefined) {
      utilModule = require('util');
      miscModule = require('internal/util/misc');
    }
    const stderr = process.stderr;
    const colors = miscModule.shouldColorize(stderr);
    const msg = utilModule.formatWithOptions({ colors }, ...args);
    const shownPid = require('internal/util/inspect').inspect(pid, { colors });
    stderr.write(`${section} ${shownPid}: ${msg}\n`);
  };
}

function loggerFor(section, enabled) {
  let impl = loggers[section];
  if (impl === undefined) {
    impl = enabled ? makeLogger(section) : noop;
    loggers[section] = impl;
  }
  return impl;
}

function debuglog(section, callback) {
  let enabled;
  let resolved = false;
  function resolve() {
    if (!resolved) {
      section = ReflectApply(toUpperCase, section, []);
      enabled = isSectionEnabled(section);
      resolved = true;
    }
  }

  // The first call picks the real implementation, tells the callback (only
  // when the section is on), then every later call goes straight to it.
  let impl = function first(...args) {
    resolve();
    impl = loggerFor(section, enabled);
    if (typeof callback === 'function' && enabled) callback(impl);
    return ReflectApply(impl, undefined, args);
  };

  const logger = (...args) => ReflectApply(impl, undefined, args);
  ObjectDefineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      resolve();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

initializeDebugEnv(process.env.NODE_DEBUG);

module.exports = {
  debuglog,
  initializeDebugEnv,
};
