'use strict';
// The value a command-line option was given (`--name=value` or `--name
// value`), the last one when given more than once, or undefined: for the
// options kiln reads where they are used, as Node's getOptionValue.

function optionValue(name) {
  const argv = natives.execArgv;
  const prefix = `${name}=`;
  let value;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name && i + 1 < argv.length) value = argv[++i];
    else if (argv[i].startsWith(prefix)) value = argv[i].slice(prefix.length);
  }
  return value;
}

module.exports = { optionValue };
