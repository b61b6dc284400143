'use strict';
const m01 = require('./m01');

class Counter49 {
  constructor() { this.n = 49; }
  get value() { return this.n; }
}

module.exports = { value: new Counter49().value, name: 'm49' };
module.exports.deps = [m01].map((m) => m.value);
