'use strict';
// module.findSourceMap(): the map of a module loaded while source maps
// were enabled, found through its last `//# sourceMappingURL=` comment (a
// data: URL or a file named relative to the module), with `sources` made
// file: URLs against the map's location; undefined otherwise.
require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');
const { findSourceMap, setSourceMapsSupport } = require('module');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-srcmap-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

const map = {
  version: 3, file: 'gen.js', sources: ['src/orig.ts'], names: [],
  mappings: 'AAUA;EACP', sourcesContent: ['x'],
};
const code = 'module.exports = 1;\n';
const inline = (m) => `//# sourceMappingURL=data:application/json;base64,${Buffer.from(JSON.stringify(m)).toString('base64')}\n`;
const write = (name, text) => {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

const before = write('before.js', code + inline(map));
require(before);
assert.strictEqual(findSourceMap(before), undefined); // loaded while disabled

setSourceMapsSupport(true);

const inl = write('inline.js', code + inline(map));
require(inl);
const sm = findSourceMap(inl);
assert.ok(sm);
assert.strictEqual(findSourceMap(pathToFileURL(inl).href), sm);
assert.strictEqual(findSourceMap(pathToFileURL(inl)), undefined); // only strings
assert.deepStrictEqual(sm.payload.sources, [pathToFileURL(path.join(dir, 'src/orig.ts')).href]);
assert.strictEqual(sm.payload.sourceRoot, '');
assert.deepStrictEqual(sm.lineLengths, [code.length - 1, inline(map).length - 1, 0]);
assert.strictEqual(sm.findEntry(0, 0).originalLine, 10);

// An external map beside a subdirectory: sources follow the map, after
// its sourceRoot.
write('maps/ext.js.map', JSON.stringify({ ...map, sourceRoot: 'root/' }));
const ext = write('ext.js', `${code}//# sourceMappingURL=maps/ext.js.map\n`);
require(ext);
assert.deepStrictEqual(findSourceMap(ext).payload.sources,
                       [pathToFileURL(path.join(dir, 'maps/root/src/orig.ts')).href]);

// Which comments count: the last one; `//@` too; one space or tab after
// the mark; nothing after the URL on its line; not in a block comment or a
// string. A missing file or bad JSON maps nothing.
write('good.map', JSON.stringify(map));
const cases = {
  'at.js': [`${code}//@ sourceMappingURL=good.map\n`, true],
  'tab.js': [`${code}//#\tsourceMappingURL=good.map\n`, true],
  'trailing-space.js': [`${code}//# sourceMappingURL=good.map   \n`, true],
  'after-code.js': [`${code}x = 1; //# sourceMappingURL=good.map`, true],
  'crlf.js': [`${code}//# sourceMappingURL=good.map\r\n`, true],
  'string-after.js': [`${code}//# sourceMappingURL=good.map\nvar s = '//# sourceMappingURL=none.map';\n`, true],
  'two-spaces.js': [`${code}//#  sourceMappingURL=good.map\n`, false],
  'no-space.js': [`${code}//#sourceMappingURL=good.map\n`, false],
  'junk.js': [`${code}//# sourceMappingURL=good.map junk\n`, false],
  'block.js': [`${code}/*# sourceMappingURL=good.map */\n`, false],
  'in-block.js': [`${code}/*\n//# sourceMappingURL=good.map\n*/\n`, false],
  'last-missing.js': [`${code}//# sourceMappingURL=good.map\n//# sourceMappingURL=missing.map\n`, false],
  'last-empty.js': [`${code}//# sourceMappingURL=good.map\n//# sourceMappingURL=\n`, false],
  'bad-json.js': [`${code}//# sourceMappingURL=data:application/json;base64,bm90IGpzb24=\n`, false],
  'index-map.js': [code + inline({ version: 3, sections: [{ offset: { line: 0, column: 0 }, map }] }), false],
};
for (const [name, [text, found]] of Object.entries(cases)) {
  const file = write(name, text);
  require(file);
  assert.strictEqual(findSourceMap(file) !== undefined, found, name);
}

// nodeModules: false (the default of setSourceMapsSupport) leaves packages out.
const pkg = write('node_modules/pkg/index.js', code + inline(map));
require(pkg);
assert.strictEqual(findSourceMap(pkg), undefined);
setSourceMapsSupport(true, { nodeModules: true });
const pkg2 = write('node_modules/pkg/other.js', code + inline(map));
require(pkg2);
assert.ok(findSourceMap(pkg2));

for (const bad of [undefined, 1, '', 'relative.js', 'node:fs']) {
  assert.strictEqual(findSourceMap(bad), undefined);
}
