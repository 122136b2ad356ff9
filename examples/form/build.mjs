// Bundles the form with esbuild into dist/form.js: one self-contained file
// with React, react-jsonschema-form and ajv, loaded by index.html without
// any CDN. Prints the bundle's size.
import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outfile = path.join(here, 'dist', 'form.js');

await build({
  entryPoints: [path.join(here, 'src', 'main.jsx')],
  outfile,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

const size = statSync(outfile).size;
const gz = gzipSync(readFileSync(outfile)).length;
console.log(`dist/form.js: ${(size / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzipped`);
