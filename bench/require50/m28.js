'use strict';
const m01 = require('./m01');

class Counter28 {
  constructor() { this.n = 28; }
  get value() { return this.n; }
}

module.exports = { value: new Counter28().value, name: 'm28' };
module.exports.deps = [m01].map((m) => m.value);
