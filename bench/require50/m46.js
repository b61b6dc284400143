'use strict';

class Counter46 {
  constructor() { this.n = 46; }
  get value() { return this.n; }
}

module.exports = { value: new Counter46().value, name: 'm46' };
