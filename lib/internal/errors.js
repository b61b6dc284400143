'use strict';
// The one table of Node's ERR_* codes and their messages. Every argument or
// state error kiln raises, from JS or from C (through the factories that
// bootstrap registers with the runtime), is built here, so the text of a
// message lives in exactly one place.

const codes = {};
const messages = new Map();

// kIsNodeError marks errors made here; the error printer uses it to show
// `TypeError [ERR_X]: msg` as Node does.
const kIsNodeError = Symbol.for('kiln.isNodeError');

// %s and %d as util.format reads them (an object is inspected, a bigint
// gets its n, -0 stays -0); plain strings, the common case, without
// loading util.
function formatMessage(key, template, args) {
  if (typeof template === 'function') return template(...args);
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') {
      // Only as many arguments as the template has places: util.format
      // would append the rest.
      const places = (template.match(/%[sd]/g) || []).length;
      return require('util').format(template, ...args.slice(0, places));
    }
  }
  let i = 0;
  return template.replace(/%[sd]/g, () => String(args[i++]));
}

function makeNodeError(Base, key) {
  // A constructor per code, so `new codes.ERR_X(...)` and `instanceof Base`
  // both work, and the name of the class stays the base's name.
  function NodeError(...args) {
    const limit = Error.stackTraceLimit;
    const message = formatMessage(key, messages.get(key), args);
    const err = new Base(message);
    Error.stackTraceLimit = limit;
    // The stack starts at the code that threw, not in here, as in Node.
    Error.captureStackTrace(err, NodeError);
    Object.defineProperty(err, kIsNodeError, { __proto__: null, value: true });
    Object.defineProperty(err, 'toString', {
      __proto__: null,
      value() { return `${this.name} [${key}]: ${this.message}`; },
      enumerable: false, writable: true, configurable: true,
    });
    err.code = key;
    if (new.target && new.target !== NodeError)
      Object.setPrototypeOf(err, new.target.prototype);
    return err;
  }
  Object.setPrototypeOf(NodeError.prototype, Base.prototype);
  Object.setPrototypeOf(NodeError, Base);
  return NodeError;
}

// Node's SystemError: a failed OS call reported as an ERR_* code, with the
// libuv details in `info` ({ errno, code, message, syscall, path?, dest? })
// and errno, syscall, path and dest as accessors that read and write it.
// Message: 'A system error occurred: uv_os_setpriority returned ESRCH (no
// such process)'.
const ObjectDefineProperties = Object.defineProperties;
const ObjectDefineProperty = Object.defineProperty;
const StringCtor = String;
class SystemError extends Error {
  constructor(key, context) {
    super();
    let message = `${messages.get(key)}: ${context.syscall} returned ${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    this.code = key;
    const field = (name) => ({
      get() { return context[name]; },
      set(value) { context[name] = value; },
      enumerable: true, configurable: true,
    });
    const text = (name) => ({
      get() { return context[name] != null ? StringCtor(context[name]) : context[name]; },
      set(value) { context[name] = value ? StringCtor(value) : undefined; },
      enumerable: true, configurable: true,
    });
    ObjectDefineProperties(this, {
      [kIsNodeError]: { value: true, enumerable: false, writable: false, configurable: true },
      name: { value: 'SystemError', enumerable: false, writable: true, configurable: true },
      message: { value: message, enumerable: false, writable: true, configurable: true },
      info: { value: context, enumerable: true, configurable: true, writable: false },
      errno: field('errno'),
      syscall: field('syscall'),
    });
    if (context.path !== undefined) ObjectDefineProperty(this, 'path', text('path'));
    if (context.dest !== undefined) ObjectDefineProperty(this, 'dest', text('dest'));
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shown with its accessors' values, as Node shows it.
  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    return require('internal/util/inspect').inspect(this, { ...ctx, getters: true, customInspect: false });
  }
}

function makeSystemError(key) {
  return class NodeError extends SystemError {
    constructor(context) {
      super(key, context);
    }
  };
}

// Each code's constructor is made on first use: there are many codes and a
// process uses few, and this module loads at startup.
// One descriptor object, refilled for each code: a prototype-less object
// (which a program's Object.prototype.get cannot change) made ~300 times at
// load would cost every start.
const lazyCode = { __proto__: null, configurable: true, enumerable: true, get: undefined };
function E(key, template, Base, ...otherBases) {
  messages.set(key, template);
  lazyCode.get = function get() {
    const ctor = Base === SystemError ? makeSystemError(key) : makeNodeError(Base, key);
    for (const Other of otherBases) ctor[Other.name] = makeNodeError(Other, key);
    Object.defineProperty(codes, key, { __proto__: null, value: ctor, writable: true, configurable: true, enumerable: true });
    return ctor;
  };
  Object.defineProperty(codes, key, lazyCode);
}

// A short rendering of a value for error messages, enough for primitives;
// util.inspect replaces it once loaded.
let inspectForMessage = (value, opts) => {
  const util = require('util');
  inspectForMessage = util.inspect;
  return util.inspect(value, opts);
};

function lazyInspect(value, opts) {
  try {
    return inspectForMessage(value, opts);
  } catch {
    return String(value);
  }
}

// "Received ..." part of type errors: the value's kind, not its contents.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return `type number (${value})`;
    case 'boolean': return `type boolean (${value})`;
    case 'symbol': return `type symbol (${String(value)})`;
    case 'function': return `function ${value.name}`;
    case 'object': {
      const ctor = value.constructor;
      if (ctor && 'name' in ctor) return `an instance of ${ctor.name}`;
      return lazyInspect(value, { depth: -1 });
    }
    case 'string': {
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      return value.includes("'") ? `type string (${JSON.stringify(value)})` : `type string ('${value}')`;
    }
    default: return `type ${typeof value} (${String(value)})`;
  }
}

const kPrimitiveNames = ['string', 'function', 'number', 'object', 'Function',
  'Object', 'boolean', 'bigint', 'symbol'];
const kClassName = /^([A-Z][a-z0-9]*)+$/;

// "one of type a, b, or c" / "one of type a or b" / "of type a"
function listWords(words, lead) {
  if (words.length > 2) return `${lead}${words.slice(0, -1).join(', ')}, or ${words[words.length - 1]}`;
  if (words.length === 2) return `${lead}${words[0]} or ${words[1]}`;
  return null;
}

function describeExpected(expected) {
  if (!Array.isArray(expected)) expected = [expected];
  const types = [];
  const classes = [];
  const others = [];
  for (const e of expected) {
    if (kPrimitiveNames.includes(e)) types.push(e.toLowerCase());
    else if (kClassName.test(e)) classes.push(e);
    else others.push(e);
  }
  // With classes in the list, a plain "object" reads better as "an instance of Object".
  if (classes.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    classes.push('Object');
  }
  const parts = [];
  if (types.length > 0)
    parts.push(listWords(types, 'one of type ') || `of type ${types[0]}`);
  if (classes.length > 0) {
    parts.push(classes.length > 2 ? listWords(classes, 'an instance of ')
      : `an instance of ${classes.join(' or ')}`);
  }
  if (others.length > 0) {
    let s = listWords(others, 'one of ');
    if (!s) s = (others[0].toLowerCase() !== others[0] ? 'an ' : '') + others[0];
    parts.push(s);
  }
  return parts.join(' or ');
}

function argLabel(name) {
  if (name.endsWith(' argument')) return name;
  return `"${name}" ${name.includes('.') ? 'property' : 'argument'}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

E('ERR_ASSERTION', '%s', Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_CLOSED_MESSAGE_PORT', 'Cannot send data on closed MessagePort', Error);
E('ERR_WEBASSEMBLY_RESPONSE', 'WebAssembly response %s', TypeError);
E('ERR_CONSTRUCT_CALL_REQUIRED', 'Class constructor %s cannot be invoked without `new`', TypeError);
E('ERR_INVALID_ARG_TYPE', (name, expected, actual) =>
  `The ${argLabel(name)} must be ${describeExpected(expected)}. Received ${determineSpecificType(actual)}`,
TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let shown = lazyInspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
}, TypeError, RangeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) =>
  `Expected ${input} to be returned for the "${prop}" from the "${name}" hook but got ${determineSpecificType(value)}.`,
TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ${determineSpecificType(value)}.`,
TypeError, RangeError);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_MISSING_ARGS', (...args) => {
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_INVALID_MODULE_SPECIFIER', (request, reason, base) =>
  `Invalid module "${request}" ${reason}${base ? ` imported from ${base}` : ''}`, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', (path, base, message) =>
  `Invalid package config ${path}${base ? ` while importing ${base}` : ''}${message ? `. ${message}` : ''}`, Error);
E('ERR_INVALID_PACKAGE_TARGET', (pkgPath, key, target, isImport = false, base = undefined) => {
  const relatedError = typeof target === 'string' && !isImport && target.length > 0 &&
    !target.startsWith('./');
  if (key === '.') {
    return `Invalid "exports" main target ${JSON.stringify(target)} defined ` +
      `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
      `${relatedError ? '; targets must start with "./"' : ''}`;
  }
  return `Invalid "${isImport ? 'imports' : 'exports'}" target ${JSON.stringify(target)} defined for '${key}' ` +
    `in the package config ${pkgPath}package.json${base ? ` imported from ${base}` : ''}` +
    `${relatedError ? '; targets must start with "./"' : ''}`;
}, Error);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', (specifier, packagePath, base) =>
  `Package import specifier "${specifier}" is not defined${packagePath ? ` in package ${packagePath}package.json` : ''} imported from ${base}`,
TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  if (subpath === '.')
    return `No "exports" main defined in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath) => {
  let msg = `require() of ES Module ${filename}${parentPath ? ` from ${parentPath}` : ''} not supported.`;
  if (filename.endsWith('.mjs')) {
    msg += `\nInstead change the require of ${filename} to a dynamic import() which is available in all CommonJS modules.`;
  } else {
    msg += `\n${filename} is treated as an ES module file as it is a .js file whose nearest parent package.json contains "type": "module" which declares all .js files in that package scope as ES modules.` +
      '\nInstead either rename it to end in .cjs, change the requiring code to use dynamic import() which is available in all CommonJS modules, or change "type": "module" to "type": "commonjs" in the nearest parent package.json to treat all .js files as CommonJS (using .mjs for all ES modules instead).\n';
  }
  return msg;
}, Error);
E('ERR_DLOPEN_FAILED', '%s', Error);
E('ERR_MODULE_NOT_FOUND', (path, base, type = 'package') =>
  `Cannot find ${type === 'package' || type === null ? 'package' : 'module'} '${path}'${base ? ` imported from ${base}` : ''}`, Error);
E('ERR_UNSUPPORTED_DIR_IMPORT', (path, base) =>
  `Directory import '${path}' is not supported resolving ES modules imported from ${base}`, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', (url, supported) => {
  const last = supported[supported.length - 1];
  const list = supported.length > 2 ? `${supported.slice(0, -1).join(', ')}, and ${last}` :
    supported.length === 2 ? `${supported[0]} and ${last}` : `${last}`;
  return `Only URLs with a scheme in: ${list} are supported by the default ESM loader. Received protocol '${url.protocol}'`;
}, Error);
E('ERR_LOADER_CHAIN_INCOMPLETE', (hook) => `"${hook}" did not call the next hook in its chain and did not ` +
  'explicitly signal a short circuit. If this is intentional, include `shortCircuit: true` in the hook\'s return.', Error);
E('ERR_UNKNOWN_MODULE_FORMAT', (format, url) => `Unknown module format: ${format} for URL ${url}`, RangeError);
E('ERR_IMPORT_ATTRIBUTE_MISSING', (url, key, value) =>
  `Module "${url}" needs an import attribute of "${key}: ${value}"`, TypeError);
E('ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', (url, type) => `Module "${url}" is not of type "${type}"`, TypeError);
E('ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', (key, value, url) =>
  `Import attribute "${key}" with value "${value}" is not supported in ${url}`, TypeError);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, parentFilename) =>
  'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the' +
  ' top-level await comes from, use --experimental-print-required-tla.' +
  `${filename ? `\nRequired module: ${filename}` : ''}${parentFilename ? `\nRequire stack:\n- ${parentFilename}` : ''}`, Error);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_UNKNOWN_FILE_EXTENSION', (ext, path) => `Unknown file extension "${ext}" for ${path}`, TypeError);
E('ERR_UNHANDLED_REJECTION', (value) =>
  'This error originated either by throwing inside of an async function without a catch block, ' +
  'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
  ` reason "${lazyInspect(value)}".`, Error);
E('ERR_INVALID_URL', 'Invalid URL', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => `The URL must be of scheme ${expected}`, TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PROXY_INVALID_CONFIG', '%s', Error);
E('ERR_PROXY_TUNNEL', '%s', Error);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active', Error);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (name, reason) => `'${name}' ${reason}`, TypeError);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_INTERNAL_ASSERTION', (message) => {
  const blame = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? blame : `${message}\n${blame}`;
}, Error);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
// node:zlib.
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
E('ERR_CRYPTO_INVALID_AUTH_TAG', '%s', TypeError);
E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError);
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error);
E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_ZSTD_INVALID_PARAM', '%s is not a valid zstd parameter', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_NOT_IMPLEMENTED', (what) => `${what} is not implemented in kiln yet`, Error);
// node:buffer, string_decoder, TextEncoder/TextDecoder.
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'),
RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_STRING_TOO_LONG', 'Cannot create a string longer than %s characters', Error);
E('ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory', RangeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s', TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
// node:events.
E('ERR_UNHANDLED_ERROR', (err = undefined) =>
  (err === undefined ? 'Unhandled error.' : `Unhandled error. (${err})`), Error);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
// util.parseArgs.
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const hint = allowPositionals
    ? ". To specify a positional argument starting with a '-', place it at the end of the command " +
      `after '--', as in '-- ${JSON.stringify(option)}`
    : '';
  return `Unknown option '${option}'${hint}`;
}, TypeError);
// util.MIMEType.
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${invalidIndex !== -1 ? ` at ${invalidIndex}` : ''}`,
TypeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_TEST_FAILURE', (error) =>
  (error !== null && typeof error === 'object' && typeof error.message === 'string' ? error.message : String(error)), Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
// WHATWG streams.
E('ERR_MISSING_OPTION', '%s is required', TypeError);
// node:stream.
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);

// node:http.
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  'Response body\'s content-length of %s byte(s) does not match the content-length of %s byte(s) set in header',
  Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already-assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_CHAR', (name, field) =>
  `Invalid character in ${name}${field !== undefined ? ` ["${field}"]` : ''}`, TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);

// node:fs.
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js', TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self', SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
// node:net, node:dns.
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536. Received ${determineSpecificType(port)}.`,
RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
// node:dgram.
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_ADDRESS_FAMILY', (addressType, host, port) =>
  `Invalid address family: ${addressType} ${host}:${port}`, RangeError);
E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error);
E('ERR_IP_BLOCKED', (ip) => `IP(${ip}) is blocked by net.BlockList`, Error);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
// node:child_process.
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED', "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
// node:tty.
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);

// System errors: what a failed syscall looks like in Node.
// errno is negative (libuv's), code the symbolic name.
function uvException(ctx) {
  const { code, errno, syscall, path, dest, description } = ctx;
  let message = `${code}: ${description}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

// libuv's name for an error number: 'ENOENT' for -2.
function getSystemErrorName(err) {
  return internalBinding('uv').errname(err);
}

function hideStackFrames(fn) {
  return fn;
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = {
  codes,
  kIsNodeError,
  determineSpecificType,
  uvException,
  getSystemErrorName,
  hideStackFrames,
  AbortError,
};
// Node's internal/errors has it; it lives with the other network errors.
Object.defineProperty(module.exports, 'DNSException', {
  __proto__: null, configurable: true, enumerable: true, get: () => require('internal/net/errors').DNSException,
});
