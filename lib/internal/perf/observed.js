'use strict';
// Which Node entry types a PerformanceObserver is watching, kept by
// internal/perf/performance. Modules that make such entries (net's
// 'connect') read this small object instead of loading the perf module on
// every operation.

module.exports = { net: false, dns: false };
