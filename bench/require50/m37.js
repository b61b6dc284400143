'use strict';

class Counter37 {
  constructor() { this.n = 37; }
  get value() { return this.n; }
}

module.exports = { value: new Counter37().value, name: 'm37' };
