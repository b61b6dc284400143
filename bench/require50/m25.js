'use strict';
const m24 = require('./m24');
const m22 = require('./m22');

class Counter25 {
  constructor() { this.n = 25; }
  get value() { return this.n; }
}

module.exports = { value: new Counter25().value, name: 'm25' };
module.exports.deps = [m24, m22].map((m) => m.value);
