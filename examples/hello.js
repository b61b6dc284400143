// kiln examples/hello.js: a CommonJS module, a builtin and the process.
const path = require('path');
const os = process.platform;
console.log(`hello from kiln ${process.versions.kiln} (Node ${process.version} API) on ${os}`);
console.log('this file is', path.basename(__filename), 'in', path.basename(__dirname));
process.on('exit', (code) => console.log('exit code', code));
