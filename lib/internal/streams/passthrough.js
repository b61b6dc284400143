'use strict';
// stream.PassThrough: a Transform that passes every chunk through as is.

const Transform = require('internal/streams/transform');

const ObjectSetPrototypeOf = Object.setPrototypeOf;

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
ObjectSetPrototypeOf(PassThrough.prototype, Transform.prototype);
ObjectSetPrototypeOf(PassThrough, Transform);

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};

module.exports = PassThrough;
