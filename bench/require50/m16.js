'use strict';

class Counter16 {
  constructor() { this.n = 16; }
  get value() { return this.n; }
}

module.exports = { value: new Counter16().value, name: 'm16' };
