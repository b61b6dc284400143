'use strict';
// Resolution errors of import(), with Node's codes and messages: no
// extension search (with Node's "Did you mean" hint), no directory imports,
// unknown file extensions, missing packages and subpaths, URL schemes the
// loader does not handle, unknown builtins.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { pathToFileURL } = require('url');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');
const here = __filename;
// Node looks for the "Did you mean" file as require() would from the
// current directory.
process.chdir(__dirname);

(async () => {
  const dir = path.join(fixtures, 'typed', 'cjs');
  await assert.rejects(import(path.join(fixtures, 'nope.mjs')), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(fixtures, 'nope.mjs')}' imported from ${here}`,
    url: pathToFileURL(path.join(fixtures, 'nope.mjs')).href,
  });
  await assert.rejects(import('../fixtures/esm/typed/cjs/a'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(dir, 'a')}' imported from ${here}\n` +
      'Did you mean to import "../fixtures/esm/typed/cjs/a.js"?',
  });
  await assert.rejects(import('../fixtures/esm/typed'), {
    code: 'ERR_UNSUPPORTED_DIR_IMPORT',
    message: `Directory import '${path.join(fixtures, 'typed')}' is not supported resolving ES modules imported from ${here}`,
  });
  await assert.rejects(import('../fixtures/esm/typed/cjs/package.json'), {
    code: 'ERR_IMPORT_ATTRIBUTE_MISSING',
    message: `Module "${pathToFileURL(path.join(dir, 'package.json')).href}" needs an import attribute of "type: json"`,
  });
  await assert.rejects(import('../fixtures/esm/meta/../../esm/errors/syntax.mjs', { with: { type: 'json' } }), {
    code: 'ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE',
  });
  await assert.rejects(import('../fixtures/esm/interop/data.json', { with: { type: 'css' } }), {
    code: 'ERR_IMPORT_ATTRIBUTE_UNSUPPORTED',
  });
  await assert.rejects(import(`${__filename}.txt`), { code: 'ERR_MODULE_NOT_FOUND' });
  await assert.rejects(import('no-such-package-anywhere'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find package 'no-such-package-anywhere' imported from ${here}`,
  });
  await assert.rejects(import('http://example.com/x.mjs'), {
    code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
    message: 'Only URLs with a scheme in: file and data are supported by the default ESM loader. ' +
      "Received protocol 'http:'",
  });
  await assert.rejects(import('node:no-such-builtin'), {
    code: 'ERR_UNKNOWN_BUILTIN_MODULE',
    message: 'No such built-in module: node:no-such-builtin',
  });
  await assert.rejects(import(path.join(fixtures, 'pkg', 'node_modules', 'dual', 'features', 'f1.mjs').replace('.mjs', '.txt')),
                       { code: 'ERR_MODULE_NOT_FOUND' });
  // A file that exists with an extension no format has.
  await assert.rejects(import(path.join(fixtures, 'unknown.ext')), {
    code: 'ERR_UNKNOWN_FILE_EXTENSION',
    message: `Unknown file extension ".ext" for ${path.join(fixtures, 'unknown.ext')}`,
  });
  // Packages: "exports" without an import target, unexported subpaths,
  // a target file that does not exist.
  const pkg = path.join(fixtures, 'pkg');
  const tryFile = path.join(pkg, 'try.js');
  const { tryImport } = await import(pathToFileURL(tryFile).href);
  await assert.rejects(tryImport('onlyreq'), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `No "exports" main defined in ${path.join(pkg, 'node_modules', 'onlyreq', 'package.json')} imported from ${tryFile}`,
  });
  await assert.rejects(tryImport('dual/nothere'), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath './nothere' is not defined by "exports" in ${path.join(pkg, 'node_modules', 'dual', 'package.json')} imported from ${tryFile}`,
  });
  await assert.rejects(tryImport('dual/missing'), {
    code: 'ERR_MODULE_NOT_FOUND',
    message: `Cannot find module '${path.join(pkg, 'node_modules', 'dual', 'missing.mjs')}' imported from ${tryFile}`,
  });
  await assert.rejects(tryImport('#nothere'), {
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  });
})().then(common.mustCall());
