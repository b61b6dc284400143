'use strict';
// The `navigator` global and its class, as Node 24 has them. Each value is
// worked out the first time it is read: touching `navigator` alone reads
// nothing from `process`.

const ObjectDefineProperties = Object.defineProperties;
const ObjectFreeze = Object.freeze;

let errorCodes;
const codes = () => (errorCodes ??= require('internal/errors').codes);

// navigator.platform as browsers spell it for each OS and CPU.
function getNavigatorPlatform(arch, platform) {
  if (platform === 'darwin') return 'MacIntel';
  if (platform === 'win32') return 'Win32';
  if (platform === 'linux') {
    if (arch === 'ia32') return 'Linux i686';
    if (arch === 'x64') return 'Linux x86_64';
    return `Linux ${arch}`;
  }
  if (platform === 'freebsd' || platform === 'openbsd') {
    const name = platform === 'freebsd' ? 'FreeBSD' : 'OpenBSD';
    if (arch === 'ia32') return `${name} i386`;
    if (arch === 'x64') return `${name} amd64`;
    return `${name} ${arch}`;
  }
  if (platform === 'sunos') return arch === 'ia32' ? 'SunOS i86pc' : `SunOS ${arch}`;
  if (platform === 'aix') return 'AIX';
  return `${platform[0].toUpperCase()}${platform.slice(1)} ${arch}`;
}

function defaultLocale() {
  try {
    return new Intl.Collator().resolvedOptions().locale || 'en-US';
  } catch {
    return 'en-US';
  }
}

const kConstruct = Symbol('construct');

class Navigator {
  #hardwareConcurrency;
  #language;
  #languages;
  #userAgent;
  #platform;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
  }

  get hardwareConcurrency() {
    return (this.#hardwareConcurrency ??= require('os').availableParallelism());
  }

  get language() {
    return (this.#language ??= defaultLocale());
  }

  get languages() {
    return (this.#languages ??= ObjectFreeze([defaultLocale()]));
  }

  get userAgent() {
    return (this.#userAgent ??= `Node.js/${process.version.slice(1, process.version.indexOf('.'))}`);
  }

  get platform() {
    return (this.#platform ??= getNavigatorPlatform(process.arch, process.platform));
  }
}

const kEnumerable = { __proto__: null, enumerable: true };
ObjectDefineProperties(Navigator.prototype, {
  hardwareConcurrency: kEnumerable,
  language: kEnumerable,
  languages: kEnumerable,
  userAgent: kEnumerable,
  platform: kEnumerable,
});

let navigator;
function getNavigator() {
  return (navigator ??= new Navigator(kConstruct));
}

module.exports = {
  Navigator,
  getNavigator,
  getNavigatorPlatform,
};
