// Helpers shared by the Node tests: paths, JSON Pointers, JSON Patch, ajv
// error pointers and a static file server for the form.

import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const formDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoDir = path.resolve(formDir, '..', '..');
export const schemaDir = path.join(repoDir, 'dpa', 'schema');
export const examplesDir = path.join(repoDir, 'examples', 'json');
export const langs = ['en', 'sv', 'nb', 'da'];

export async function readJSON(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

export function splitPointer(p) {
  if (p === '') return [];
  return p.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function joinPointer(tokens) {
  return tokens.map((t) => '/' + String(t).replaceAll('~', '~0').replaceAll('/', '~1')).join('');
}

// applyPatch applies a JSON Patch (RFC 6902: add, replace and remove only)
// to a copy of doc, as dpa/schema_test.go does.
export function applyPatch(doc, ops) {
  const root = structuredClone(doc);
  let out = root;
  for (const { op, path: p, value } of ops) {
    const toks = splitPointer(p);
    if (toks.length === 0) {
      out = structuredClone(value);
      continue;
    }
    let parent = out;
    for (const t of toks.slice(0, -1)) {
      parent = Array.isArray(parent) ? parent[Number(t)] : parent[t];
      if (parent === undefined) throw new Error(`${op} ${p}: no ${t}`);
    }
    const last = toks.at(-1);
    if (Array.isArray(parent)) {
      const i = last === '-' ? parent.length : Number(last);
      if (op === 'add') parent.splice(i, 0, structuredClone(value));
      else if (op === 'remove') parent.splice(i, 1);
      else parent[i] = structuredClone(value);
    } else {
      if (op !== 'add' && !Object.hasOwn(parent, last)) throw new Error(`${op} ${p}: no member ${last}`);
      if (op === 'remove') delete parent[last];
      else parent[last] = structuredClone(value);
    }
  }
  return out;
}

// Keywords whose errors only wrap the errors of their subschemas.
const wrappers = new Set(['if', 'then', 'else', 'oneOf', 'anyOf', 'allOf', 'not']);

// errorPointers turns ajv's errors into the JSON Pointers they name, sorted
// and without repeats. A missing or unknown property is named by joining
// params.missingProperty or params.additionalProperty to the object's
// instancePath, which is where dpakit reports it.
export function errorPointers(errors) {
  const out = new Set();
  for (const e of errors ?? []) {
    if (wrappers.has(e.keyword)) continue;
    const at = splitPointer(e.instancePath);
    if (e.keyword === 'required' || e.keyword === 'dependentRequired') {
      out.add(joinPointer([...at, e.params.missingProperty]));
    } else if (e.keyword === 'additionalProperties') {
      out.add(joinPointer([...at, e.params.additionalProperty]));
    } else {
      out.add(e.instancePath);
    }
  }
  return [...out].sort();
}

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// serve starts a static server on 127.0.0.1 for the form pages, their
// bundles, the committed schemas and UI schemas, and the example
// agreements, the way a backend would serve them.
export async function serve() {
  const routes = (url) => {
    const p = decodeURIComponent(new URL(url, 'http://x').pathname);
    if (p === '/' || p === '/index.html') return path.join(formDir, 'index.html');
    if (p === '/jsonforms.html') return path.join(formDir, 'jsonforms.html');
    const bundle = /^\/dist\/([\w.-]+)$/.exec(p);
    if (bundle) return path.join(formDir, 'dist', bundle[1]);
    const schema = /^\/schema\/((?:agreement|form|ui\.rjsf|ui\.jsonforms)\.(?:en|sv|nb|da)\.json)$/.exec(p);
    if (schema) return path.join(schemaDir, schema[1]);
    const example = /^\/examples\/([\w-]+\.json)$/.exec(p);
    if (example) return path.join(examplesDir, example[1]);
    return null;
  };
  const server = createServer(async (req, res) => {
    const file = routes(req.url);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
