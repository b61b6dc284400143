'use strict';
const m39 = require('./m39');
const m37 = require('./m37');

class Counter40 {
  constructor() { this.n = 40; }
  get value() { return this.n; }
}

module.exports = { value: new Counter40().value, name: 'm40' };
module.exports.deps = [m39, m37].map((m) => m.value);
