'use strict';

class Counter01 {
  constructor() { this.n = 1; }
  get value() { return this.n; }
}

module.exports = { value: new Counter01().value, name: 'm01' };
