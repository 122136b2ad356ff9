// Bundles the two form pages with esbuild: dist/form.js (index.html, with
// react-jsonschema-form) and dist/jsonforms.js (jsonforms.html, with JSON
// Forms and its material renderers), each one self-contained file with
// React and ajv, loaded without any CDN. Prints each bundle's size.
import { build } from 'esbuild';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const pages = { form: 'main.jsx', jsonforms: 'jsonforms.jsx' };

await build({
  entryPoints: Object.fromEntries(Object.entries(pages).map(([out, src]) => [out, path.join(here, 'src', src)])),
  outdir: path.join(here, 'dist'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2022'],
  jsx: 'automatic',
  legalComments: 'linked',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});

for (const name of Object.keys(pages)) {
  const file = path.join(here, 'dist', `${name}.js`);
  const size = statSync(file).size;
  const gz = gzipSync(readFileSync(file)).length;
  console.log(`dist/${name}.js: ${(size / 1024).toFixed(0)} KiB, ${(gz / 1024).toFixed(0)} KiB gzipped`);
}
