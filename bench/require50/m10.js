'use strict';
const m09 = require('./m09');
const m07 = require('./m07');

class Counter10 {
  constructor() { this.n = 10; }
  get value() { return this.n; }
}

module.exports = { value: new Counter10().value, name: 'm10' };
module.exports.deps = [m09, m07].map((m) => m.value);
