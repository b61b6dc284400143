// An Express 5 application answers its routes through node:http's server
// and client: routing with params and query, routers mounted on a path,
// middleware order, JSON and urlencoded bodies, error-handling middleware,
// redirects, headers, static files with conditional requests, HEAD, and
// the 404 fallthrough.
import assert from 'node:assert';
import http from 'node:http';
import express from 'express';

const app = express();
const seen = [];
app.use((req, res, next) => { seen.push(`${req.method} ${req.path}`); next(); });
app.use(express.json());
app.use(express.urlencoded({ extended: false }));
app.use('/files', express.static(new URL('./fixtures/public', import.meta.url).pathname));
app.get('/', (req, res) => res.send('home'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q }));
app.post('/echo', (req, res) => res.status(201).json(req.body));
app.post('/form', (req, res) => res.type('text/plain').send(`${req.body.a}+${req.body.b}`));
const api = express.Router();
api.get('/items/:n', (req, res) => res.set('X-Item', req.params.n).send(`item ${req.params.n}`));
app.use('/api', api);
app.get('/old', (req, res) => res.redirect(301, '/'));
app.get('/fail', () => { throw new Error('boom'); });
app.get('/async-fail', async () => { throw new Error('async boom'); });
app.use((req, res) => res.status(404).send('nope'));
// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

function request(port, method, path, { body, type, headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    if (type) headers['content-type'] = type;
    const req = http.request({ port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0);
await new Promise((resolve) => server.once('listening', resolve));
const { port } = server.address();
try {
  let r = await request(port, 'GET', '/');
  assert.deepStrictEqual([r.status, r.headers['content-type'], r.data], [200, 'text/html; charset=utf-8', 'home']);
  assert.strictEqual(r.headers['x-powered-by'], 'Express');
  r = await request(port, 'GET', '/users/42?q=x');
  assert.deepStrictEqual([r.status, r.headers['content-type'], r.data],
                         [200, 'application/json; charset=utf-8', '{"id":"42","q":"x"}']);
  r = await request(port, 'POST', '/echo', { body: '{"a":[1,2]}', type: 'application/json' });
  assert.deepStrictEqual([r.status, r.data], [201, '{"a":[1,2]}']);
  r = await request(port, 'POST', '/form', { body: 'a=1&b=two%20words', type: 'application/x-www-form-urlencoded' });
  assert.deepStrictEqual([r.status, r.data], [200, '1+two words']);
  r = await request(port, 'POST', '/echo', { body: '{bad json', type: 'application/json' });
  assert.strictEqual(r.status, 400);
  r = await request(port, 'GET', '/api/items/7');
  assert.deepStrictEqual([r.status, r.headers['x-item'], r.data], [200, '7', 'item 7']);
  r = await request(port, 'GET', '/old');
  assert.deepStrictEqual([r.status, r.headers.location], [301, '/']);
  r = await request(port, 'GET', '/fail');
  assert.deepStrictEqual([r.status, r.data], [500, '{"error":"boom"}']);
  r = await request(port, 'GET', '/async-fail');
  assert.deepStrictEqual([r.status, r.data], [500, '{"error":"async boom"}']);
  r = await request(port, 'GET', '/missing');
  assert.deepStrictEqual([r.status, r.data], [404, 'nope']);

  r = await request(port, 'GET', '/files/hello.txt');
  assert.deepStrictEqual([r.status, r.headers['content-type'], r.data], [200, 'text/plain; charset=utf-8', 'static text\n']);
  assert.ok(r.headers.etag && r.headers['last-modified']);
  const again = await request(port, 'GET', '/files/hello.txt', { headers: { 'if-none-match': r.headers.etag } });
  assert.deepStrictEqual([again.status, again.data], [304, '']);
  const head = await request(port, 'HEAD', '/files/hello.txt');
  assert.deepStrictEqual([head.status, head.headers['content-length'], head.data], [200, '12', '']);

  assert.deepStrictEqual(seen.slice(0, 3), ['GET /', 'GET /users/42', 'POST /echo']);
} finally {
  server.close();
}
