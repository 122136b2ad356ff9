// Compatibility of the committed schemas with ajv 8 (Ajv2020, ajv-formats,
// strict mode), the standard variant (agreement.<lang>.json) and the form
// variant with every $ref inlined (form.<lang>.json): every example
// agreement is valid, and every invalid case of
// dpa/schema/testdata/invalid.json is rejected at the JSON Pointer that
// dpakit's decoder or validation reports, the same cases the Go validator
// checks in dpa/schema_test.go.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@cfworker/json-schema';
import { applyPatch, errorPointers, examplesDir, langs, readJSON, schemaDir } from './support.mjs';

const variants = ['agreement', 'form'];

async function validators() {
  const out = {};
  for (const variant of variants) {
    for (const lang of langs) {
      // strict: true makes ajv throw on unknown keywords, unknown formats,
      // ignored keywords and required properties that are not defined.
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      addFormats(ajv);
      out[`${variant}.${lang}`] = ajv.compile(await readJSON(path.join(schemaDir, `${variant}.${lang}.json`)));
    }
  }
  return out;
}

const compiled = await validators();
const exampleFiles = (await readdir(examplesDir)).filter((f) => f.endsWith('.json')).sort();
const { cases } = await readJSON(path.join(schemaDir, 'testdata', 'invalid.json'));
const examples = {};
for (const f of exampleFiles) examples[f] = await readJSON(path.join(examplesDir, f));

test('the schemas compile in strict mode and carry their language', async () => {
  for (const variant of variants) {
    for (const lang of langs) {
      const s = await readJSON(path.join(schemaDir, `${variant}.${lang}.json`));
      assert.equal(s.$schema, 'https://json-schema.org/draft/2020-12/schema');
      assert.match(s.$id, new RegExp(`/v\\d+/${variant}\\.${lang}\\.json$`));
      const countries = variant === 'form' ? s.properties.clauses.properties.governingLaw : s.$defs.Country;
      assert.ok(countries.oneOf.length > 249, 'countries are a oneOf of const');
    }
  }
});

test('every example agreement is valid in every language', () => {
  assert.ok(exampleFiles.length >= 5, `examples: ${exampleFiles}`);
  for (const file of exampleFiles) {
    for (const [name, v] of Object.entries(compiled)) {
      const ok = v(structuredClone(examples[file]));
      assert.ok(ok, `${file} (${name}): ${JSON.stringify(v.errors?.slice(0, 3))}`);
    }
  }
});

for (const c of cases) {
  test(`rejects ${c.name} at ${c.pointer}`, () => {
    const doc = applyPatch(examples[c.example], c.patch);
    for (const [name, v] of Object.entries(compiled)) {
      assert.equal(v(doc), false, `${name} accepted it`);
      assert.deepEqual(errorPointers(v.errors), [c.pointer], `${name}: ${JSON.stringify(v.errors.slice(0, 4))}`);
    }
  });
}

test('the invalid cases cover the required categories', () => {
  const categories = new Set(cases.map((c) => c.name.split(':')[0]));
  for (const want of ['wrong enum', 'bad date', 'bad organisation id', 'unknown property', 'wrong type', 'missing required']) {
    assert.ok(categories.has(want), `no case of ${want}`);
  }
});

// A third validator, @cfworker/json-schema, gives the same verdicts on the
// same documents with both variants; it reports a missing property at the
// object rather than at the property, so only its verdicts are compared.
const others = {};
for (const variant of variants) {
  for (const lang of langs) {
    others[`${variant}.${lang}`] = new Validator(await readJSON(path.join(schemaDir, `${variant}.${lang}.json`)), '2020-12', false);
  }
}

test('@cfworker/json-schema accepts every example and rejects every invalid case', () => {
  for (const [name, v] of Object.entries(others)) {
    for (const file of exampleFiles) {
      const r = v.validate(structuredClone(examples[file]));
      assert.ok(r.valid, `${file} (${name}): ${JSON.stringify(r.errors.slice(0, 3))}`);
    }
    for (const c of cases) {
      assert.equal(v.validate(applyPatch(examples[c.example], c.patch)).valid, false, `${name} accepted ${c.name}`);
    }
  }
});
