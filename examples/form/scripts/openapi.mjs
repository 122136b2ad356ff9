// Lints the OpenAPI variant of the schema (dpa/schema/openapi.<lang>.json)
// with Redocly's recommended rules, as an API description would hold it: its
// components.schemas copied, as they are, into a minimal API that takes an
// agreement. The API around them (a server, a license, one operation with
// its responses) is what Redocly asks of every description and says nothing
// about the schemas. Then lints the description of dpakit's own HTTP service
// (dpakit serve's GET /openapi.json, kept in internal/server/testdata by its
// Go test). Fails on any error or warning.

import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { formDir, langs, readJSON, repoDir, schemaDir } from '../test/support.mjs';

export function apiDescription(variant) {
  return {
    openapi: variant.openapi,
    info: {
      title: 'Agreement store (dpakit example)',
      version: '1.0.0',
      description: variant.info.description,
      license: { name: 'The API owner\'s terms', url: 'http://127.0.0.1:8080/terms' },
    },
    servers: [{ url: 'http://127.0.0.1:8080' }],
    security: [],
    paths: {
      '/agreements': {
        post: {
          operationId: 'storeAgreement',
          summary: 'Store an agreement',
          description: 'Stores a data processing agreement, a draft or a final one.',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Agreement' } } },
          },
          responses: {
            204: { description: 'Stored.' },
            422: { description: 'The agreement does not match the schema.' },
          },
        },
      },
    },
    components: variant.components,
  };
}

// lint runs redocly lint on file and reports whether it passed without an
// error or a warning.
function lint(file, label) {
  let out;
  try {
    out = execFileSync(path.join(formDir, 'node_modules', '.bin', 'redocly'), ['lint', '--format', 'json', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
  } catch (e) {
    out = e.stdout;
  }
  const report = JSON.parse(out);
  const { errors, warnings } = report.totals;
  console.log(`${label}: ${errors} errors, ${warnings} warnings`);
  for (const p of report.problems) console.log(`  ${p.severity} ${p.ruleId} ${p.location?.[0]?.pointer}: ${p.message}`);
  return errors + warnings === 0;
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'dpakit-openapi-'));
let failed = false;
try {
  for (const lang of langs) {
    const file = path.join(dir, `api.${lang}.json`);
    await writeFile(file, JSON.stringify(apiDescription(await readJSON(path.join(schemaDir, `openapi.${lang}.json`))), null, 2));
    if (!lint(file, `openapi.${lang}.json`)) failed = true;
  }
  if (!lint(path.join(repoDir, 'internal', 'server', 'testdata', 'openapi.json'), 'dpakit serve /openapi.json')) failed = true;
} finally {
  await rm(dir, { recursive: true, force: true });
}
if (failed) process.exit(1);
