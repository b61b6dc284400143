'use strict';
// Frames in err.stack name the function that ran: constructors, class
// methods, static methods and object-literal methods. (V8 also writes the
// receiver, "new Shape" / "Shape.area" / "Object.helper"; JavaScriptCore's
// frames do not carry it, so kiln writes the bare name: docs/compat.md.)
const assert = require('assert');

class Shape {
  constructor() {
    this.ctorStack = new Error('ctor').stack;
  }
  area() {
    return new Error('method').stack;
  }
  static make() {
    return new Error('static').stack;
  }
}
const literal = {
  helper() {
    return new Error('literal').stack;
  },
};

const frame = (stack) => stack.split('\n')[1];
const shape = new Shape();
assert.match(frame(shape.ctorStack), /^ {4}at (new )?Shape \(/);
assert.match(frame(shape.area()), /^ {4}at (Shape\.)?area \(/);
assert.match(frame(Shape.make()), /^ {4}at (Shape\.)?make \(/);
assert.match(frame(literal.helper()), /^ {4}at (Object\.)?helper \(/);
