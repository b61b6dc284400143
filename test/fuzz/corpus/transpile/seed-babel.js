const { a } = require("x"); exports.b = a; module.exports.c = 1;
Object.defineProperty(exports, "d", { enumerable: true, get() { return m.d; } });
var _e = _interopRequireWildcard(require("./e"));
Object.keys(_e).forEach(function (key) { exports[key] = _e[key]; });
if (x) /re/.test(y); import("./f").then(g);
