'use strict';
// Whether source maps are in use: set by --enable-source-maps,
// process.setSourceMapsEnabled() and module.setSourceMapsSupport(). The
// loader and the stack formatter read `enabled` on their hot paths, so it
// lives here, in a module small enough to load at startup; the maps
// themselves (internal/source_map/source_map_cache) load only when enabled.

const enabled = natives.execArgv.includes('--enable-source-maps');

const state = {
  enabled,
  nodeModules: enabled,
  generatedCode: enabled,
  // What module.getSourceMapsSupport() returns: the same frozen object
  // until the next change, as in Node.
  view: undefined,
};

function getSourceMapsSupport() {
  state.view ??= Object.freeze({
    __proto__: null,
    enabled: state.enabled,
    nodeModules: state.nodeModules,
    generatedCode: state.generatedCode,
  });
  return state.view;
}

function setSourceMapsSupport(enabled, options) {
  const { validateBoolean, validateObject } = require('internal/validators');
  validateBoolean(enabled, 'enabled');
  let nodeModules = false;
  let generatedCode = false;
  if (options !== undefined) {
    validateObject(options, 'options');
    if (options.nodeModules !== undefined) {
      validateBoolean(options.nodeModules, 'options.nodeModules');
      nodeModules = options.nodeModules;
    }
    if (options.generatedCode !== undefined) {
      validateBoolean(options.generatedCode, 'options.generatedCode');
      generatedCode = options.generatedCode;
    }
  }
  state.enabled = enabled;
  state.nodeModules = nodeModules;
  state.generatedCode = generatedCode;
  state.view = undefined;
}

module.exports = { state, getSourceMapsSupport, setSourceMapsSupport };
