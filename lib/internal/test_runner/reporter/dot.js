'use strict';
// The 'dot' reporter: one character per test ('.' passed, 'X' failed), a
// line break every terminal width (20 when not a terminal), then the failed
// tests with their errors.

const { formatResult, makeColors, shouldColorize } = require('internal/test_runner/reporter/spec');

class DotFormatter {
  #count = 0;
  #failed = [];
  #colors;
  #columns;

  constructor({ colors = false, columns = 20 } = {}) {
    this.#colors = makeColors(colors);
    this.#columns = Math.max(columns, 20);
  }

  handle(type, data) {
    const c = this.#colors;
    let out = '';
    if (type === 'test:pass') {
      out += `${c.green}.${c.reset}`;
    } else if (type === 'test:fail') {
      out += `${c.red}X${c.reset}`;
      this.#failed.push(data);
    } else {
      return '';
    }
    if (++this.#count === this.#columns) {
      out += '\n';
      this.#count = 0;
    }
    return out;
  }

  end() {
    const c = this.#colors;
    let out = '\n';
    if (this.#failed.length > 0) {
      out += `\n${c.red}Failed tests:${c.white}\n\n`;
      for (const data of this.#failed) out += formatResult(c, 'test:fail', data, '', true);
    }
    return out;
  }
}

async function* dot(source) {
  const stdout = process.stdout;
  const f = new DotFormatter({ colors: shouldColorize(stdout), columns: stdout.columns ?? 20 });
  for await (const { type, data } of source) {
    const text = f.handle(type, data);
    if (text) yield text;
  }
  yield f.end();
}

module.exports = { dot, DotFormatter };
