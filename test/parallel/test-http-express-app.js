'use strict';
// An Express application answers its routes (issue 9): routing with
// params and query, the JSON body parser, status codes and the 404
// fallthrough, through node:http's server and client. Express comes from
// the npm registry at test time (installed once into a shared temporary
// folder); without npm or the registry the test says so and passes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const http = require('http');
const { execFileSync } = require('child_process');

const dir = path.join(os.tmpdir(), 'kiln-test-express');
const entry = path.join(dir, 'node_modules', 'express');
if (!fs.existsSync(path.join(entry, 'package.json'))) {
  fs.mkdirSync(dir, { recursive: true });
  try {
    execFileSync('npm', ['install', 'express@5', '--no-audit', '--no-fund', '--silent',
                         '--prefix', dir], { stdio: 'ignore', timeout: 120000 });
  } catch (err) {
    console.log(`1..0 # Skipped: npm install express failed (${err.code || err.status})`);
    process.exit(0);
  }
}
const express = require(entry);

const app = express();
app.use(express.json());
app.get('/', (req, res) => res.send('home'));
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q }));
app.post('/echo', (req, res) => res.status(201).json(req.body));
app.use((req, res) => res.status(404).send('nope'));

function request(port, method, urlPath, body) {
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json' } : {};
    const req = http.request({ port, method, path: urlPath, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const server = app.listen(0, common.mustCall(async () => {
  const port = server.address().port;
  assert.deepStrictEqual(await request(port, 'GET', '/'),
                         { status: 200, type: 'text/html; charset=utf-8', data: 'home' });
  assert.deepStrictEqual(await request(port, 'GET', '/users/42?q=x'),
                         { status: 200, type: 'application/json; charset=utf-8',
                           data: '{"id":"42","q":"x"}' });
  assert.deepStrictEqual(await request(port, 'POST', '/echo', '{"a":[1,2]}'),
                         { status: 201, type: 'application/json; charset=utf-8',
                           data: '{"a":[1,2]}' });
  assert.strictEqual((await request(port, 'GET', '/missing')).status, 404);
  server.close();
}));
