'use strict';
// Histograms for perf_hooks: createHistogram() and monitorEventLoopDelay().
// Node keeps an HDR histogram in C++; this one keeps counts per HDR bucket
// in a Map, so min, max, mean and the percentiles report the same bucket
// boundaries Node does (exact below 2048 with 3 significant figures).

const { codes } = require('internal/errors');
const { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_INVALID_THIS } = codes;
const { validateInteger, validateNumber, validateObject } = require('internal/validators');

const MathCeil = Math.ceil;
const MathFloor = Math.floor;
const MathLog2 = Math.log2;
const MathSqrt = Math.sqrt;
const MathMax = Math.max;
const NumberIsSafeInteger = Number.isSafeInteger;
const kInt64Max = 9223372036854775807n;
const kInt64MaxNumber = Number(kInt64Max);

const kConstruct = Symbol('kConstruct');
const kState = Symbol('kHistogramState');

const hrtime = internalBinding('process').hrtime;

function pow2(n) { return 2 ** n; }

class HistogramState {
  constructor(lowest, highest, figures) {
    this.lowest = lowest;
    this.highest = highest;
    const largest = 2 * 10 ** figures;
    this.subBucketHalfCountMagnitude = MathCeil(MathLog2(largest)) - 1;
    this.unitMagnitude = MathFloor(MathLog2(lowest));
    this.subBucketMask = pow2(this.subBucketHalfCountMagnitude + 1) - 1;
    this.reset();
  }

  reset() {
    this.counts = new Map();
    this.total = 0;
    this.minValue = kInt64MaxNumber;
    this.maxValue = 0;
    this.exceeds = 0;
    this.prevDelta = 0;
  }

  // The bucket a value falls in: [lowest equivalent, lowest + size).
  bucketShift(value) {
    const bits = MathFloor(MathLog2(MathMax(value, this.subBucketMask * pow2(this.unitMagnitude)))) + 1;
    return MathMax(bits - (this.subBucketHalfCountMagnitude + 1), this.unitMagnitude);
  }

  lowestEquivalent(value) {
    const size = pow2(this.bucketShift(value));
    return MathFloor(value / size) * size;
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + pow2(this.bucketShift(value)) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + MathFloor(pow2(this.bucketShift(value)) / 2);
  }

  record(value) {
    if (value < 0 || value > this.highest) {
      this.exceeds++;
      return false;
    }
    const key = this.lowestEquivalent(value);
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.total++;
    if (value < this.minValue && value !== 0) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
    return true;
  }

  sortedKeys() {
    return Array.from(this.counts.keys()).sort((a, b) => a - b);
  }

  min() {
    if (this.counts.get(0)) return 0;
    if (this.minValue === kInt64MaxNumber) return kInt64MaxNumber;
    return this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    if (this.total === 0) return NaN;
    let sum = 0;
    for (const [key, count] of this.counts) sum += this.medianEquivalent(key) * count;
    return sum / this.total;
  }

  stddev() {
    if (this.total === 0) return NaN;
    const mean = this.mean();
    let sum = 0;
    for (const [key, count] of this.counts) {
      const d = this.medianEquivalent(key) - mean;
      sum += d * d * count;
    }
    return MathSqrt(sum / this.total);
  }

  // The population's standardized third and fourth moments (kurtosis in
  // excess of the normal's 3), over bucket midpoints; 0 without spread.
  moment(k) {
    if (this.total === 0) return 0;
    const mean = this.mean();
    let m2 = 0;
    let mk = 0;
    for (const [key, count] of this.counts) {
      const d = this.medianEquivalent(key) - mean;
      m2 += d * d * count;
      mk += (d ** k) * count;
    }
    m2 /= this.total;
    mk /= this.total;
    if (!(m2 > 0)) return 0;
    return k === 4 ? mk / (m2 * m2) : mk / (m2 ** 1.5);
  }

  percentile(p) {
    if (this.total === 0) return 0;
    // HDR rounds the count to the nearest, not up.
    const wanted = MathMax(MathFloor((p / 100) * this.total + 0.5), 1);
    let seen = 0;
    const keys = this.sortedKeys();
    for (let i = 0; i < keys.length; i++) {
      seen += this.counts.get(keys[i]);
      if (seen >= wanted) return this.highestEquivalent(keys[i]);
    }
    return 0;
  }

  // HDR's percentile iteration with one tick per half distance: 0, 50, 75,
  // 87.5, ... then 100 for the last value.
  percentiles(map, toValue) {
    const keys = this.sortedKeys();
    let index = -1;
    let cumulative = 0;
    let next = 0;
    let last = 0;
    if (this.total === 0) {
      map.set(100, toValue(0));
      return;
    }
    for (;;) {
      if (cumulative >= this.total) {
        map.set(100, toValue(last));
        return;
      }
      if (index === -1) {
        index = 0;
        cumulative = this.counts.get(keys[0]);
        last = keys[0];
      }
      for (;;) {
        const current = (100 * cumulative) / this.total;
        if (next <= current) {
          map.set(next, toValue(last));
          const half = pow2(MathFloor(MathLog2(100 / (100 - next))) + 1);
          next += 100 / half;
          break;
        }
        index++;
        if (index >= keys.length) break;
        cumulative += this.counts.get(keys[index]);
        last = keys[index];
      }
    }
  }
}

function state(self) {
  const st = self?.[kState];
  if (st === undefined) throw new ERR_INVALID_THIS('Histogram');
  return st;
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100))
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
}

class Histogram {
  constructor(token, st) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kState] = st;
  }

  get count() { return state(this).total; }
  get countBigInt() { return BigInt(state(this).total); }
  get min() { return state(this).min(); }
  get minBigInt() { const st = state(this); return st.min() === kInt64MaxNumber ? kInt64Max : BigInt(st.min()); }
  get max() { return state(this).max(); }
  get maxBigInt() { return BigInt(state(this).max()); }
  get mean() { return state(this).mean(); }
  get exceeds() { return state(this).exceeds; }
  get exceedsBigInt() { return BigInt(state(this).exceeds); }
  get stddev() { return state(this).stddev(); }
  get skewness() { return state(this).moment(3); }
  get kurtosis() { const st = state(this); return st.total === 0 || !(st.stddev() > 0) ? 0 : st.moment(4) - 3; }

  percentile(percentile) {
    const st = state(this);
    validatePercentile(percentile);
    return st.percentile(percentile);
  }

  percentileBigInt(percentile) {
    const st = state(this);
    validatePercentile(percentile);
    return BigInt(st.percentile(percentile));
  }

  get percentiles() {
    const map = new Map();
    state(this).percentiles(map, (v) => v);
    return map;
  }

  get percentilesBigInt() {
    const map = new Map();
    state(this).percentiles(map, (v) => BigInt(v));
    return map;
  }

  reset() {
    state(this).reset();
  }

  toJSON() {
    const percentiles = {};
    for (const [k, v] of this.percentiles) percentiles[k] = v;
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      percentiles,
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const obj = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(obj, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class RecordableHistogram extends Histogram {
  constructor(token, st) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, st);
  }

  record(val) {
    const st = state(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val > BigInt(st.highest))
        throw new ERR_OUT_OF_RANGE('val', `>= 1 && <= ${st.highest}`, val);
      st.record(Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    st.record(val);
  }

  recordDelta() {
    const st = state(this);
    const now = hrtime();
    if (st.prevDelta !== 0) {
      const delta = now - st.prevDelta;
      if (delta > 0) st.record(delta);
    }
    st.prevDelta = now;
  }

  add(other) {
    const st = state(this);
    if (!(other instanceof RecordableHistogram))
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    const os = other[kState];
    for (const [key, count] of os.counts) {
      for (let i = 0; i < count; i++) st.record(key);
    }
    st.exceeds += os.exceeds;
    if (os.minValue < st.minValue) st.minValue = os.minValue;
    if (os.maxValue > st.maxValue) st.maxValue = os.maxValue;
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  else if (highest < 2n * BigInt(lowest))
    throw new ERR_OUT_OF_RANGE('options.highest', `>= ${2 * Number(lowest)}`, highest);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, new HistogramState(Number(lowest), Number(highest), figures));
}

// The event loop delay sampler: an unref'd timer every `resolution` ms
// records, in nanoseconds, how long the interval between its runs really was.
class ELDHistogram extends Histogram {
  #timer = null;
  #resolution;
  #prev = 0;

  constructor(token, st, resolution) {
    if (token !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(token, st);
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#prev = hrtime();
    const st = this[kState];
    this.#timer = setInterval(() => {
      const now = hrtime();
      const delta = now - this.#prev;
      this.#prev = now;
      if (delta > 0) st.record(delta);
    }, this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kConstruct, new HistogramState(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

function isHistogram(value) {
  return value instanceof Histogram;
}

module.exports = {
  Histogram,
  RecordableHistogram,
  IntervalHistogram: ELDHistogram,
  createHistogram,
  monitorEventLoopDelay,
  isHistogram,
  kInt64MaxNumber,
  NumberIsSafeInteger,
};
