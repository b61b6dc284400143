'use strict';
// node:constants, deprecated in documentation only (DEP0008) and still
// required by old and popular packages (graceful-fs): os.constants' dlopen,
// errno, priority and signals tables, fs.constants and crypto.constants in
// one frozen object, as in Node.

const os = require('os');
const fs = require('fs');
const { cryptoConstants, cryptoConstantsMade } = require('internal/crypto/constants');

// crypto's: defaultCipherList too when node:crypto was loaded first (Node
// adds it to the table the two modules share when crypto loads).
const withCipherList = cryptoConstantsMade();
Object.assign(exports, os.constants.dlopen, os.constants.errno, os.constants.priority,
              os.constants.signals, fs.constants);
const crypto = cryptoConstants();
for (const key of Object.keys(crypto)) {
  if (key !== 'defaultCipherList' || withCipherList) exports[key] = crypto[key];
}
Object.freeze(exports);
