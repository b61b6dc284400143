'use strict';
// node:test/reporters: the built-in reporters, for run()'s stream or a
// custom pipeline. tap and dot are async generators over {type, data}
// events; spec is a Transform stream class, as in Node.

const { Transform } = require('stream');

let specClass;

module.exports = {
  get spec() {
    if (specClass === undefined) {
      const { SpecReporter, shouldColorize } = require('internal/test_runner/reporter/spec');
      specClass = class SpecReporterStream extends Transform {
        #reporter = new SpecReporter({ colors: shouldColorize(process.stdout) });

        constructor() {
          super({ __proto__: null, writableObjectMode: true });
        }

        _transform({ type, data }, encoding, callback) {
          callback(null, this.#reporter.handle(type, data) || undefined);
        }

        _flush(callback) {
          callback(null, this.#reporter.finish() || undefined);
        }
      };
      Object.defineProperty(specClass, 'name', { value: 'SpecReporter' });
    }
    return specClass;
  },
  get tap() {
    return require('internal/test_runner/reporter/tap').tap;
  },
  get dot() {
    return require('internal/test_runner/reporter/dot').dot;
  },
};
