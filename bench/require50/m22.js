'use strict';

class Counter22 {
  constructor() { this.n = 22; }
  get value() { return this.n; }
}

module.exports = { value: new Counter22().value, name: 'm22' };
