'use strict';
// util.parseArgs(config): command-line arguments to { values, positionals }
// (and `tokens` on request), with Node's rules:
//
//   --name, --name=value, --name value (string options take the next
//   argument, whatever it looks like); -n, -nvalue, -n value; short groups
//   -abc (expanded to -a -b -c; a string option inside a group takes the
//   rest of the group as its value, -abfFILE); '--' ends the options; a
//   lone '-' is a positional. With allowNegative, --no-name sets a boolean
//   to false.
//
// Parsing happens in two passes, as in Node: the arguments become tokens,
// then the tokens are checked (in strict mode) and stored. Only own
// properties of the config, of `options` and of each option's config are
// read, so nothing inherited from Object.prototype takes part.

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
} = require('internal/errors').codes;
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

// Captured at load: config objects and args come from users.
const ObjectHasOwn = Object.hasOwn;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const { slice: stringSlice, indexOf: stringIndexOf, startsWith: stringStartsWith } = String.prototype;

function sliceOf(str, start, end = str.length) {
  return ReflectApply(stringSlice, str, [start, end]);
}

function startsWith(str, prefix) {
  return ReflectApply(stringStartsWith, str, [prefix]);
}

function indexOf(str, search, from = 0) {
  return ReflectApply(stringIndexOf, str, [search, from]);
}

// obj[key] if obj has it as its own property. Like Node, a null or
// undefined obj is a TypeError from Object.hasOwn.
function getOwn(obj, key) {
  return ObjectHasOwn(obj, key) ? obj[key] : undefined;
}

// options[name][key], if options has `name` of its own.
function optionGetOwn(options, name, key) {
  return ObjectHasOwn(options, name) ? getOwn(options[name], key) : undefined;
}

// The long name of a short option, or the short letter itself when no
// option claims it.
function longNameOf(short, options) {
  const names = ObjectKeys(options);
  for (let i = 0; i < names.length; i++) {
    if (getOwn(options[names[i]], 'short') === short) return names[i];
  }
  return short;
}

function isStringOption(options, name) {
  return optionGetOwn(options, name, 'type') === 'string';
}

// What Node's argv rules call the kinds of arguments.
function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLoneLongOption(arg) {
  return arg.length > 2 && startsWith(arg, '--') && indexOf(arg, '=', 3) === -1;
}

function isLongOptionAndValue(arg) {
  return arg.length > 2 && startsWith(arg, '--') && indexOf(arg, '=', 3) !== -1;
}

// -abc whose first letter is not a string option: a group of flags.
function isShortOptionGroup(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
    !isStringOption(options, longNameOf(arg[1], options));
}

// -fVALUE whose letter is a string option.
function isShortOptionAndValue(arg, options) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-' &&
    isStringOption(options, longNameOf(arg[1], options));
}

// A value that looks like an option, which strict mode refuses to take as
// a string option's separate argument.
function isOptionLikeValue(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function optionToken(name, rawName, index, value, inlineValue) {
  return { kind: 'option', name, rawName, index, value, inlineValue };
}

// Pass 1. `index` is the position in args of the argument a token came
// from: the parts of a short group share the group's index, and a string
// option that took the next argument moves it past that one.
function argsToTokens(args, options) {
  const tokens = [];
  const pending = []; // the parts of a short group still to read, first part last
  let i = 0;
  let index = -1;
  for (;;) {
    let arg;
    if (pending.length > 0) {
      arg = pending[pending.length - 1];
      pending.length--;
    } else if (i < args.length) {
      arg = args[i++];
      index++;
    } else {
      break;
    }
    // The argument after this one, for a string option without a value.
    // Only a group's last part can be such an option, so it is never
    // another part of the group.
    const nextArg = pending.length > 0 ? pending[pending.length - 1] : args[i];

    if (arg === '--') {
      tokens[tokens.length] = { kind: 'option-terminator', index };
      while (i < args.length) tokens[tokens.length] = { kind: 'positional', index: ++index, value: args[i++] };
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = longNameOf(arg[1], options);
      let value;
      let inlineValue;
      if (isStringOption(options, name) && nextArg != null) {
        value = takeNext();
        inlineValue = false;
      }
      tokens[tokens.length] = optionToken(name, arg, index, value, inlineValue);
      if (value != null) index++;
      continue;
    }

    if (isShortOptionGroup(arg, options)) {
      // -abc becomes -a -b -c; a string option takes the rest, -abfFILE
      // becoming -a -b -fFILE. Pushed in reverse: `pending` pops from its end.
      const expanded = [];
      for (let j = 1; j < arg.length; j++) {
        const short = arg[j];
        if (!isStringOption(options, longNameOf(short, options)) || j === arg.length - 1) {
          expanded[expanded.length] = `-${short}`;
        } else {
          expanded[expanded.length] = `-${sliceOf(arg, j)}`;
          break;
        }
      }
      for (let j = expanded.length - 1; j >= 0; j--) pending[pending.length] = expanded[j];
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const short = arg[1];
      tokens[tokens.length] = optionToken(longNameOf(short, options), `-${short}`, index, sliceOf(arg, 2), true);
      continue;
    }

    if (isLoneLongOption(arg)) {
      const name = sliceOf(arg, 2);
      let value;
      let inlineValue;
      if (isStringOption(options, name) && nextArg != null) {
        value = takeNext();
        inlineValue = false;
      }
      tokens[tokens.length] = optionToken(name, arg, index, value, inlineValue);
      if (value != null) index++;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = indexOf(arg, '=');
      const name = sliceOf(arg, 2, eq);
      tokens[tokens.length] = optionToken(name, `--${name}`, index, sliceOf(arg, eq + 1), true);
      continue;
    }

    tokens[tokens.length] = { kind: 'positional', index, value: arg };
  }
  return tokens;

  function takeNext() {
    if (pending.length > 0) {
      const value = pending[pending.length - 1];
      pending.length--;
      return value;
    }
    return args[i++];
  }
}

// The "Did you forget..." error for `--opt -x` in strict mode.
function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = startsWith(token.rawName, '--')
      ? `'${token.rawName}=-XYZ'`
      : `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

// Strict mode: the option must be known, a string option needs a value
// and a boolean takes none. With allowNegative, --no-x stands for a
// boolean x.
function checkOptionUsage(config, token) {
  const options = config.options;
  let name = token.name;
  if (!ObjectHasOwn(options, name)) {
    if (config.allowNegative && startsWith(name, 'no-')) {
      name = sliceOf(name, 3);
      if (!ObjectHasOwn(options, name) || optionGetOwn(options, name, 'type') !== 'boolean') {
        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
      }
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionGetOwn(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

// Values are stored by what was given, not by the declared type (strict
// off lets anything through). `values` has no prototype, but '__proto__'
// is still refused, as in Node. --no-x (without a value) stores x = false
// and renames its token.
function storeOption(token, options, values, allowNegative) {
  let name = token.name;
  if (name === '__proto__') return;
  let value = token.value;
  if (allowNegative && value === undefined && startsWith(name, 'no-')) {
    name = sliceOf(name, 3);
    token.name = name;
    value = false;
  }
  const stored = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    const list = values[name];
    if (list) list[list.length] = stored;
    else values[name] = [stored];
  } else {
    values[name] = stored;
  }
}

function validateStringArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateOptionConfig(name, optionConfig) {
  validateObject(optionConfig, `options.${name}`);
  const type = getOwn(optionConfig, 'type');
  if (type !== 'string' && type !== 'boolean') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
  }
  if (ObjectHasOwn(optionConfig, 'short')) {
    const short = optionConfig.short;
    validateString(short, `options.${name}.short`);
    if (short.length !== 1) {
      throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
    }
  }
  const multiple = optionConfig.multiple;
  if (ObjectHasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
  const defaultValue = optionConfig.default;
  if (defaultValue !== undefined) {
    const where = `options.${name}.default`;
    if (type === 'string') {
      if (multiple) validateStringArray(defaultValue, where);
      else validateString(defaultValue, where);
    } else if (multiple) {
      validateBooleanArray(defaultValue, where);
    } else {
      validateBoolean(defaultValue, where);
    }
  }
}

// The user's arguments in process.argv: after the executable and the
// script, or after the executable alone for -e and -p.
function mainArgs() {
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print') return sliceArray(process.argv, 1);
  }
  return sliceArray(process.argv, 2);
}

function sliceArray(list, start) {
  const out = [];
  for (let i = start; i < list.length; i++) out[out.length] = list[i];
  return out;
}

const kEmptyObject = Object.freeze({ __proto__: null });

function parseArgs(config = kEmptyObject) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  const names = ObjectKeys(options);
  for (let i = 0; i < names.length; i++) validateOptionConfig(names[i], options[names[i]]);

  const checkConfig = { options, allowPositionals, allowNegative };
  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(checkConfig, token);
        checkOptionLikeValue(token);
      }
      storeOption(token, options, result.values, allowNegative);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals[result.positionals.length] = token.value;
    }
  }

  // Defaults fill what the arguments left unset; an array default is used
  // as it is, not copied.
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const defaultValue = getOwn(options[name], 'default');
    if (defaultValue !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }
  return result;
}

module.exports = {
  parseArgs,
};
