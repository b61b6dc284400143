'use strict';
// Proxies from the environment: an Agent's proxyEnv (absolute-form
// requests, Proxy-Authorization, NO_PROXY), http.setGlobalProxyFromEnv
// (http.globalAgent and fetch, which tunnels with CONNECT) and its restore
// function, the configuration errors, NODE_USE_ENV_PROXY and the request
// path accessor.
const assert = require('assert');
const http = require('http');
const net = require('net');
const { execFile } = require('child_process');

// A proxy that records what it is asked and forwards it.
function startProxy() {
  const logs = [];
  const proxy = http.createServer((req, res) => {
    logs.push({ method: req.method, url: req.url, headers: { ...req.headers } });
    const target = new URL(req.url);
    const fwd = http.request({
      host: target.hostname, port: target.port, path: target.pathname + target.search,
      method: req.method, headers: { ...req.headers, connection: 'close' }, agent: false,
    }, (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    });
    req.pipe(fwd);
  });
  proxy.on('connect', (req, socket, head) => {
    logs.push({ method: req.method, url: req.url, headers: { ...req.headers } });
    const [host, port] = req.url.split(':');
    const upstream = net.connect(+port, host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      socket.pipe(upstream);
      upstream.pipe(socket);
    });
  });
  return new Promise((resolve) => proxy.listen(0, () => resolve({ proxy, logs })));
}

function get(url, options) {
  return new Promise((resolve, reject) => {
    http.get(url, options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

(async () => {
  const server = http.createServer((req, res) => res.end(`hello ${req.url}`));
  await new Promise((resolve) => server.listen(0, resolve));
  const { proxy, logs } = await startProxy();
  const serverHost = `localhost:${server.address().port}`;
  const proxyUrl = `http://localhost:${proxy.address().port}`;

  // An agent with proxyEnv: the request goes to the proxy in absolute-form.
  let agent = new http.Agent({ proxyEnv: { HTTP_PROXY: proxyUrl.replace('//', '//us%20er:pw@') } });
  assert.strictEqual(await get(`http://${serverHost}/a?b=1`, { agent }), 'hello /a?b=1');
  assert.deepStrictEqual(logs.splice(0), [{
    method: 'GET',
    url: `http://${serverHost}/a?b=1`,
    headers: {
      'host': serverHost,
      'proxy-authorization': `Basic ${Buffer.from('us er:pw').toString('base64')}`,
      'proxy-connection': 'close',
      'connection': 'close',
    },
  }]);
  agent.destroy();

  // NO_PROXY: the listed hosts are reached directly.
  for (const noProxy of ['*', 'localhost', `localhost:${server.address().port}`, '.localhost', '127.0.0.0-127.0.0.9']) {
    agent = new http.Agent({ proxyEnv: { http_proxy: proxyUrl, NO_PROXY: noProxy } });
    const host = noProxy.startsWith('127') ? `127.0.0.1:${server.address().port}` : serverHost;
    assert.strictEqual(await get(`http://${host}/direct`, { agent }), 'hello /direct');
    agent.destroy();
  }
  agent = new http.Agent({ proxyEnv: { http_proxy: proxyUrl, NO_PROXY: 'example.com, localhost:1' } });
  await get(`http://${serverHost}/proxied`, { agent });
  agent.destroy();
  assert.deepStrictEqual(logs.splice(0).map((l) => l.url), [`http://${serverHost}/proxied`]);

  // Only http:// and https:// proxies; the rest is left alone.
  assert.strictEqual(new http.Agent({ proxyEnv: { HTTP_PROXY: 'socks5://localhost:1' } })
    .createConnection === http.Agent.prototype.createConnection, true);
  // Configuration errors.
  for (const bad of ['http://256.256.256.256:8080', 'http://:8080', 'http://u\r:p@proxy:1']) {
    assert.throws(() => new http.Agent({ proxyEnv: { HTTP_PROXY: bad } }), {
      code: 'ERR_PROXY_INVALID_CONFIG',
      message: `Invalid proxy URL: ${bad}`,
    });
  }

  // A Host header or an absolute path that names another authority.
  agent = new http.Agent({ proxyEnv: { HTTP_PROXY: proxyUrl } });
  assert.throws(() => http.get({ host: 'localhost', port: server.address().port, agent,
                                 headers: { host: 'example.com' } }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'Host in options.headers' must match the request authority " +
      `(${serverHost}). Received 'example.com'`,
  });
  assert.throws(() => http.get({ host: 'localhost', port: server.address().port, agent,
                                 path: 'http://example.com/' }), { code: 'ERR_INVALID_ARG_VALUE' });
  assert.throws(() => http.get({ host: 'localhost', port: server.address().port, agent, path: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.path' must be in absolute-form or start with /. Received 'x'",
  });
  agent.destroy();

  // setGlobalProxyFromEnv: http.globalAgent and fetch, until restored.
  assert.strictEqual(typeof http.setGlobalProxyFromEnv({}), 'function');
  assert.throws(() => http.setGlobalProxyFromEnv('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.setGlobalProxyFromEnv({ HTTP_PROXY: 'http://[bad' }), {
    code: 'ERR_PROXY_INVALID_CONFIG',
    message: 'http://[bad',
  });
  const original = http.globalAgent;
  const restore = http.setGlobalProxyFromEnv({ HTTP_PROXY: proxyUrl });
  assert.notStrictEqual(http.globalAgent, original);
  assert.strictEqual(await get(`http://${serverHost}/global`), 'hello /global');
  const fetched = await fetch(`http://${serverHost}/fetched`);
  assert.strictEqual(await fetched.text(), 'hello /fetched');
  assert.deepStrictEqual(logs.splice(0).map((l) => [l.method, l.url]), [
    ['GET', `http://${serverHost}/global`],
    ['CONNECT', serverHost],
  ]);
  http.globalAgent.destroy();
  restore();

  // A proxy that refuses the tunnel: fetch fails as undici does.
  const refusing = http.createServer();
  refusing.on('connect', (req, socket) => socket.end('HTTP/1.1 407 Proxy Auth\r\nContent-Length: 0\r\n\r\n'));
  await new Promise((resolve) => refusing.listen(0, resolve));
  const restore2 = http.setGlobalProxyFromEnv({ HTTP_PROXY: `http://localhost:${refusing.address().port}` });
  await assert.rejects(fetch(`http://${serverHost}/refused`), (err) => {
    assert.strictEqual(err.message, 'fetch failed');
    assert.strictEqual(err.cause.name, 'Error');
    assert.strictEqual(err.cause.message, 'Request was cancelled.');
    assert.strictEqual(err.cause.cause.name, 'AbortError');
    assert.strictEqual(err.cause.cause.code, 'UND_ERR_ABORTED');
    assert.strictEqual(err.cause.cause.message, 'Proxy response (407) !== 200 when HTTP Tunneling');
    return true;
  });
  restore2();
  refusing.close();
  assert.strictEqual(http.globalAgent, original);
  assert.strictEqual(await (await fetch(`http://${serverHost}/after`, { keepalive: false })).text(), 'hello /after');
  assert.strictEqual(logs.length, 0);

  // The request path: checked when set.
  const req = http.request({ host: 'localhost', port: server.address().port, path: '/p' });
  req.on('error', () => {});
  assert.strictEqual(req.path, '/p');
  req.path = '/q';
  assert.strictEqual(req.path, '/q');
  assert.throws(() => { req.path = '/a b'; }, { code: 'ERR_UNESCAPED_CHARACTERS' });
  req.destroy();

  // NODE_USE_ENV_PROXY=1 (or --use-env-proxy, which wins): the global
  // agent uses the environment's proxy from the start; a proxy URL that is
  // no URL stops the program before it runs.
  const child = (env, args = []) => new Promise((resolve) => {
    execFile(process.execPath, [...args, '-e', `
      require('http').get('http://${serverHost}/child', (res) => res.pipe(process.stdout));
    `], { env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      resolve({ status: err ? err.code : 0, stdout, stderr });
    });
  });
  let r = await child({ NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxyUrl });
  assert.deepStrictEqual([r.status, r.stdout], [0, 'hello /child']);
  assert.deepStrictEqual(logs.splice(0).map((l) => [l.url, l.headers['proxy-connection']]),
                         [[`http://${serverHost}/child`, 'keep-alive']]);
  r = await child({ NODE_USE_ENV_PROXY: '1', HTTP_PROXY: proxyUrl }, ['--no-use-env-proxy']);
  assert.deepStrictEqual([r.status, r.stdout], [0, 'hello /child']);
  r = await child({ NODE_USE_ENV_PROXY: '0', HTTP_PROXY: proxyUrl });
  assert.deepStrictEqual([r.status, r.stdout], [0, 'hello /child']);
  assert.strictEqual(logs.length, 0);
  r = await child({ NODE_USE_ENV_PROXY: '0', HTTP_PROXY: proxyUrl }, ['--use-env-proxy']);
  assert.deepStrictEqual([r.status, r.stdout], [0, 'hello /child']);
  assert.strictEqual(logs.splice(0).length, 1);
  r = await child({ NODE_USE_ENV_PROXY: '1', HTTP_PROXY: 'not a url' });
  assert.strictEqual(r.status, 1);
  assert.match(r.stderr, /TypeError.*Invalid URL/);
  assert.strictEqual(r.stdout, '');

  server.close();
  proxy.close();
})().then(() => console.log('ok'));
