'use strict';

class Counter19 {
  constructor() { this.n = 19; }
  get value() { return this.n; }
}

module.exports = { value: new Counter19().value, name: 'm19' };
