'use strict';
// The Performance object (the `performance` global), its entries
// (PerformanceEntry, PerformanceMark, PerformanceMeasure,
// PerformanceResourceTiming, the node timing entry) and PerformanceObserver.
// Loaded on first use of the global or of node:perf_hooks.

const { codes } = require('internal/errors');
const {
  ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE, ERR_PERFORMANCE_INVALID_TIMESTAMP,
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
} = codes;
const { validateFunction, validateObject, validateNumber, validateString } = require('internal/validators');
const { EventTarget } = require('internal/event_target');
const { isHistogram, RecordableHistogram } = require('internal/perf/histogram');

const processBinding = internalBinding('process');
const timersBinding = internalBinding('timers');
const hrtime = processBinding.hrtime;
const startTime = processBinding.startTime;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ArrayIsArray = Array.isArray;
const ObjectDefineProperties = Object.defineProperties;
const DateNow = Date.now;
const kInspect = Symbol.for('nodejs.util.inspect.custom');

let structuredClone;
function clone(value) {
  structuredClone ??= require('internal/structured_clone').structuredClone;
  return structuredClone(value);
}

let DOMException;
function domException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

// A WebIDL DOMString conversion; a Symbol fails with V8's message, which
// Node's tests match.
function toStr(value) {
  if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
  return `${value}`;
}

// Milliseconds since the process started.
function now() {
  return (hrtime() - startTime) / 1e6;
}

const timeOrigin = DateNow() - now();

// ---- entries -------------------------------------------------------------------

const kConstruct = Symbol('kConstruct');

function inspectEntry(self, name, fields, depth, options, inspect) {
  if (depth < 0) return self;
  return `${name} ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

// Module-private access to an entry's state, set up inside the class.
let isEntry;
let detailOf;

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(token, name, type, start, duration, detail) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  static {
    isEntry = (value) => value != null && typeof value === 'object' && #name in value;
    detailOf = (value) => value.#detail;
  }

  get name() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceEntry');
    return this.#name;
  }

  get entryType() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceEntry');
    return this.#type;
  }

  get startTime() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceEntry');
    return this.#start;
  }

  get duration() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceEntry');
    return this.#duration;
  }

  toJSON() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceEntry');
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }

  [kInspect](depth, options, inspect) {
    return inspectEntry(this, this.constructor.name, this.toJSON(), depth, options, inspect);
  }
}

// Entries Node makes for its own events ('function' from timerify, ...),
// with the detail as a getter.
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() {
    return detailOf(this);
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

const nodeTimingReadOnlyAttributes = new Set([
  'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete',
]);

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toStr(name);
    if (nodeTimingReadOnlyAttributes.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    let detail = options?.detail;
    detail = detail != null ? clone(detail) : null;
    super(kConstruct, name, 'mark', startTime, 0, detail);
  }

  get detail() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceMark');
    return detailOf(this);
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(token, name, start, duration, detail) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kConstruct, name, 'measure', start, duration, detail);
  }

  get detail() {
    if (!isEntry(this)) throw new ERR_INVALID_THIS('PerformanceMeasure');
    return detailOf(this);
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

// What undici reports for each fetch; the timing info is Fetch's.
class PerformanceResourceTiming extends PerformanceEntry {
  #info;
  #initiatorType;
  #cacheMode;
  #bodyInfo;
  #responseStatus;
  #deliveryType;

  constructor(token, requestedUrl, timingInfo, initiatorType, cacheMode, bodyInfo, responseStatus, deliveryType) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    const start = timingInfo.startTime;
    super(kConstruct, requestedUrl, 'resource', start, timingInfo.endTime - start);
    this.#info = timingInfo;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
    this.#bodyInfo = bodyInfo;
    this.#responseStatus = responseStatus;
    this.#deliveryType = deliveryType;
  }

  get name() { return super.name; }
  get startTime() { return super.startTime; }
  get duration() { return super.duration; }
  get initiatorType() { return this.#initiatorType; }
  get workerStart() { return this.#info.finalServiceWorkerStartTime; }
  get redirectStart() { return this.#info.redirectStartTime; }
  get redirectEnd() { return this.#info.redirectEndTime; }
  get fetchStart() { return this.#info.postRedirectStartTime; }
  get domainLookupStart() { return this.#info.finalConnectionTimingInfo?.domainLookupStartTime ?? 0; }
  get domainLookupEnd() { return this.#info.finalConnectionTimingInfo?.domainLookupEndTime ?? 0; }
  get connectStart() { return this.#info.finalConnectionTimingInfo?.connectionStartTime ?? 0; }
  get connectEnd() { return this.#info.finalConnectionTimingInfo?.connectionEndTime ?? 0; }
  get secureConnectionStart() { return this.#info.finalConnectionTimingInfo?.secureConnectionStartTime ?? 0; }
  get nextHopProtocol() { return this.#info.finalConnectionTimingInfo?.ALPNNegotiatedProtocol ?? ''; }
  get requestStart() { return this.#info.finalNetworkRequestStartTime; }
  get responseStart() { return this.#info.finalNetworkResponseStartTime; }
  get responseEnd() { return this.#info.endTime; }
  get encodedBodySize() { return this.#info.encodedBodySize; }
  get decodedBodySize() { return this.#info.decodedBodySize; }
  get transferSize() {
    if (this.#cacheMode === 'local') return 0;
    if (this.#cacheMode === 'validated') return 300;
    return this.#info.encodedBodySize + 300;
  }
  get deliveryType() { return this.#deliveryType; }
  get responseStatus() { return this.#responseStatus; }

  #fields() {
    return {
      ...super.toJSON(),
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }

  // Node lists these two in one order in toJSON() and the other in inspect().
  toJSON() {
    return { ...this.#fields(), responseStatus: this.responseStatus, deliveryType: this.deliveryType };
  }

  [kInspect](depth, options, inspect) {
    const fields = { ...this.#fields(), deliveryType: this.deliveryType, responseStatus: this.responseStatus };
    return inspectEntry(this, 'PerformanceResourceTiming', fields, depth, options, inspect);
  }
}

// ---- node timing ------------------------------------------------------------------

// The runtime's start milestones (src/runtime.h), as milliseconds since
// the time origin; -1 for one not reached yet (the loop's start and exit).
function milestone(i, unset) {
  const t = processBinding.milestones()[i];
  return t === 0 ? unset : (t - startTime) / 1e6;
}

function idleTime() {
  return timersBinding.getLoopIdleTime?.() ?? 0;
}

class PerformanceNodeTiming {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return milestone(1, 0); }
  get v8Start() { return milestone(2, 0); }
  get environment() { return milestone(3, 0); }
  get bootstrapComplete() { return milestone(4, 0); }
  get loopStart() { return milestone(5, -1); }
  get loopExit() { return milestone(6, -1); }
  get idleTime() { return idleTime(); }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [kInspect](depth, options, inspect) {
    return inspectEntry(this, 'PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }
}
Object.setPrototypeOf(PerformanceNodeTiming.prototype, PerformanceEntry.prototype);
const nodeTiming = new PerformanceNodeTiming(kConstruct);

function eventLoopUtilization(util1, util2) {
  const ls = milestone(5, -1);
  if (ls <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = idleTime();
  const active = now() - ls - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// ---- buffers and observers -------------------------------------------------------

const supportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'quic', 'resource',
]);

let markBuffer = [];
let measureBuffer = [];
let resourceBuffer = [];
let resourceBufferSize = 250;
const markTimings = new Map();
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name) {
  if (name === undefined) return list.slice();
  return list.filter((e) => e.name === name);
}

// The buffered entries, optionally of one name and one type, by start time.
function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = filterEntries(markBuffer, name);
  else if (type === 'measure') list = filterEntries(measureBuffer, name);
  else if (type === 'resource') list = filterEntries(resourceBuffer, name);
  else if (type !== undefined) list = [];
  else {
    list = [
      ...filterEntries(markBuffer, name),
      ...filterEntries(measureBuffer, name),
      ...filterEntries(resourceBuffer, name),
    ];
  }
  return list.sort(byStartTime);
}

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (let i = 0; i < list.length; i++) list[i][kDispatch]();
  });
}

function enqueue(entry) {
  for (const observer of observers) observer[kMaybeBuffer](entry);
}

function hasObserver(type) {
  for (const observer of observers) if (observer[kObserves](type)) return true;
  return false;
}

// What internal/perf/observed tells other modules, after each change.
const observed = require('internal/perf/observed');
function refreshObserved() {
  observed.net = hasObserver('net');
  observed.dns = hasObserver('dns');
}

let checkEntryList;

class PerformanceObserverEntryList {
  #entries;

  constructor(token, entries) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.sort(byStartTime);
  }

  static {
    checkEntryList = (self) => {
      if (self == null || typeof self !== 'object' || !(#entries in self))
        throw new ERR_INVALID_THIS('PerformanceObserverEntryList');
    };
  }

  getEntries() {
    checkEntryList(this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    checkEntryList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = toStr(type);
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    checkEntryList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toStr(name);
    if (type !== undefined) {
      type = toStr(type);
      return this.#entries.filter((e) => e.name === name && e.entryType === type);
    }
    return this.#entries.filter((e) => e.name === name);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const kTypeSingle = 1;
const kTypeMultiple = 2;

class PerformanceObserver {
  #callback;
  #buffer = [];
  #types = new Set();
  #mode = 0;

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  static #check(self) {
    if (self == null || typeof self !== 'object' || !(#callback in self))
      throw new ERR_INVALID_THIS('PerformanceObserver');
  }

  observes(type) {
    return this.#types.has(type);
  }

  disconnect() {
    PerformanceObserver.#check(this);
    observers.delete(this);
    pending.delete(this);
    this.#types.clear();
    this.#mode = 0;
    refreshObserved();
  }

  observe(options = {}) {
    PerformanceObserver.#check(this);
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined)
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null)
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    if (this.#mode === 0) {
      if (entryTypes !== undefined) this.#mode = kTypeMultiple;
      if (type !== undefined) this.#mode = kTypeSingle;
    } else if (this.#mode === kTypeSingle && entryTypes !== undefined) {
      throw domException('PerformanceObserver can not change to multiple observations',
                         'InvalidModificationError');
    } else if (this.#mode === kTypeMultiple && type !== undefined) {
      throw domException('PerformanceObserver can not change to single observation',
                         'InvalidModificationError');
    }
    if (this.#mode === kTypeMultiple) {
      if (!ArrayIsArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      this.#types.clear();
      for (let i = 0; i < entryTypes.length; i++) {
        if (supportedEntryTypes.includes(entryTypes[i])) this.#types.add(entryTypes[i]);
      }
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const entries = bufferedEntries(undefined, type);
        for (let i = 0; i < entries.length; i++) this.#buffer.push(entries[i]);
        pending.add(this);
        queueDispatch();
      }
    }
    if (this.#types.size) observers.add(this);
    else this.disconnect();
    refreshObserved();
  }

  takeRecords() {
    PerformanceObserver.#check(this);
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  maybeBuffer(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    pending.add(this);
    queueDispatch();
  }

  dispatch() {
    const list = new PerformanceObserverEntryList(kConstruct, this.#buffer);
    this.#buffer = [];
    const callback = this.#callback;
    callback(list, this);
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const fields = {
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(this.#types),
      buffer: this.#buffer,
    };
    return `PerformanceObserver ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
// observes, maybeBuffer and dispatch are kiln's, not Node's: keep them off
// the enumerable, user-visible surface by moving them to symbols.
const kObserves = Symbol('kObserves');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');
for (const [from, to] of [['observes', kObserves], ['maybeBuffer', kMaybeBuffer], ['dispatch', kDispatch]]) {
  const d = Object.getOwnPropertyDescriptor(PerformanceObserver.prototype, from);
  Object.defineProperty(PerformanceObserver.prototype, to, d);
  delete PerformanceObserver.prototype[from];
}

// ---- user timing -----------------------------------------------------------------

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = toStr(name);
  if (nodeTimingReadOnlyAttributes.has(name)) return nodeTiming[name];
  const ts = markTimings.get(name);
  if (ts === undefined) throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function calculateStartDuration(startOrOptions, endMark) {
  if (startOrOptions === null) startOrOptions = undefined;
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrOptions === 'object') {
    ({ start, end, duration } = startOrOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined)
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    if (start === undefined && end === undefined)
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('One of options.start or options.end is required');
    if (start !== undefined && end !== undefined && duration !== undefined)
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
  }
  if (endMark !== undefined) end = getMark(endMark);
  else if (optionsValid && end !== undefined) end = getMark(end);
  else if (optionsValid && start !== undefined && duration !== undefined) end = getMark(start) + getMark(duration);
  else end = now();

  if (typeof startOrOptions === 'string') start = getMark(startOrOptions);
  else if (optionsValid && start !== undefined) start = getMark(start);
  else if (optionsValid && duration !== undefined && end !== undefined) start = end - getMark(duration);
  else start = 0;
  return { start, duration: end - start };
}

function bufferUserTiming(entry) {
  if (entry.entryType === 'mark') {
    markBuffer.push(entry);
    markTimings.set(entry.name, entry.startTime);
  } else {
    measureBuffer.push(entry);
  }
}

function mark(name, options) {
  const entry = new PerformanceMark(...arguments);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function measure(name, startOrOptions, endMark) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  validateString(name, 'name');
  const { start, duration } = calculateStartDuration(startOrOptions, endMark);
  let detail = startOrOptions?.detail;
  detail = detail != null ? clone(detail) : null;
  const entry = new PerformanceMeasure(kConstruct, name, start, duration, detail);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarks(name) {
  if (name !== undefined) {
    name = toStr(name);
    markTimings.delete(name);
    markBuffer = markBuffer.filter((e) => e.name !== name);
  } else {
    markTimings.clear();
    markBuffer = [];
  }
}

function clearMeasures(name) {
  if (name !== undefined) {
    name = toStr(name);
    measureBuffer = measureBuffer.filter((e) => e.name !== name);
  } else {
    measureBuffer = [];
  }
}

// ---- timerify --------------------------------------------------------------------

function processComplete(name, start, args, histogram) {
  const duration = now() - start;
  if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6) || 1);
  if (!hasObserver('function')) return;
  const entry = new PerformanceNodeEntry(kConstruct, name, 'function', start, duration, args);
  for (let i = 0; i < args.length; i++) entry[i] = args[i];
  enqueue(entry);
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(isHistogram(histogram) && histogram instanceof RecordableHistogram))
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);

  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? ReflectConstruct(fn, args, fn) : ReflectApply(fn, this, args);
    if (!isConstructorCall && typeof result?.finally === 'function') {
      return result.finally(() => processComplete(fn.name, start, args, histogram));
    }
    processComplete(fn.name, start, args, histogram);
    return result;
  }

  ObjectDefineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// For net, dns, http and the rest: report one of Node's own entries
// ('net', 'dns', 'http', ...) to the observers of its type. Callers check
// hasObserver(type) first, as building the detail costs.
function enqueueNodeEntry(name, type, start, duration, detail) {
  enqueue(new PerformanceNodeEntry(kConstruct, name, type, start, duration, detail));
}

// ---- Performance ---------------------------------------------------------------------

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode,
                            bodyInfo, responseStatus, deliveryType = '') {
  const entry = new PerformanceResourceTiming(kConstruct, requestedUrl, timingInfo, initiatorType,
                                              cacheMode, bodyInfo, responseStatus, deliveryType);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

// Resource Timing's buffer-full processing: past the limit, entries wait in
// a secondary buffer while a task fires 'resourcetimingbufferfull', whose
// listeners may clear the buffer or raise the limit; what still does not
// fit is then dropped.
let resourceSecondaryBuffer = [];
let bufferFullPending = false;

function bufferResourceTiming(entry) {
  if (resourceBuffer.length < resourceBufferSize && !bufferFullPending) {
    resourceBuffer.push(entry);
    return;
  }
  if (!bufferFullPending) {
    bufferFullPending = true;
    setImmediate(fireBufferFull);
  }
  resourceSecondaryBuffer.push(entry);
}

function copySecondaryBuffer() {
  while (resourceSecondaryBuffer.length > 0 && resourceBuffer.length < resourceBufferSize)
    resourceBuffer.push(resourceSecondaryBuffer.shift());
}

function fireBufferFull() {
  while (resourceSecondaryBuffer.length > 0) {
    const before = resourceSecondaryBuffer.length;
    if (resourceBuffer.length >= resourceBufferSize) {
      Event ??= require('internal/event_target').Event;
      performance.dispatchEvent(new Event('resourcetimingbufferfull'));
    }
    copySecondaryBuffer();
    const after = resourceSecondaryBuffer.length;
    if (before <= after) {
      resourceSecondaryBuffer = [];
      break;
    }
  }
  bufferFullPending = false;
}
let Event;

function checkPerformance(self) {
  if (self !== performance) throw new ERR_INVALID_THIS('Performance');
}

class Performance extends EventTarget {
  constructor(token) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }


  clearMarks(name = undefined) {
    checkPerformance(this);
    clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      name = toStr(name);
      resourceBuffer = resourceBuffer.filter((e) => e.name !== name);
    } else {
      resourceBuffer = [];
    }
  }

  getEntries() {
    checkPerformance(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = toStr(name);
    if (type !== undefined) type = toStr(type);
    return bufferedEntries(name, type);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, toStr(type));
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    return ReflectApply(mark, undefined, arguments);
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    return ReflectApply(measure, undefined, arguments);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // WebIDL's unsigned long: ToNumber, then modulo 2^32; NaN and
    // infinities become 0.
    const n = +maxSize;
    resourceBufferSize = Number.isFinite(n) ? Math.trunc(n) >>> 0 : 0;
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `Performance ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

let onresourcetimingbufferfull = null;
ObjectDefineProperties(Performance.prototype, {
  eventLoopUtilization: {
    configurable: true, enumerable: false, writable: true, value: eventLoopUtilization,
  },
  nodeTiming: {
    configurable: true, enumerable: false, writable: true, value: nodeTiming,
  },
  markResourceTiming: {
    configurable: true, enumerable: false, writable: true, value: markResourceTiming,
  },
  timerify: {
    configurable: true, enumerable: false, writable: true, value: timerify,
  },
  [Symbol.toStringTag]: {
    configurable: true, enumerable: false, writable: false, value: 'Performance',
  },
  onresourcetimingbufferfull: {
    configurable: true,
    enumerable: true,
    get() { return onresourcetimingbufferfull; },
    set(value) { onresourcetimingbufferfull = value; },
  },
});
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now',
  'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']) {
  const d = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Performance.prototype, name, d);
}

for (const C of [PerformanceMark, PerformanceMeasure, PerformanceResourceTiming]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    configurable: true, enumerable: false, writable: false, value: C.name,
  });
}

const performance = new Performance(kConstruct);

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  performance,
  now,
  eventLoopUtilization,
  timerify,
  markResourceTiming,
  nodeTiming,
  hasObserver,
  enqueueNodeEntry,
};
