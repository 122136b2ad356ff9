// The committed UI schemas (dpa/schema/ui.<tool>.<lang>.json) against the
// schemas they go with: every JSON Forms scope and every rjsf uiSchema key
// names a field of the schema, every field of the agreement is on a step,
// and both tools mark the same fields as needed in a final agreement.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { langs, readJSON, schemaDir } from './support.mjs';

const load = (name) => readJSON(path.join(schemaDir, name));

// scopeSchema follows a JSON Forms scope ("#/properties/a/properties/b")
// from s.
function scopeSchema(s, scope) {
  let at = s;
  for (const t of scope.replace(/^#/, '').split('/').slice(1)) at = at?.[t];
  return at;
}

// controls walks a JSON Forms UI schema and calls f with each Control and
// the schema its scope is relative to (an array's detail is relative to
// the items).
function controls(el, schema, f) {
  if (el.type === 'Control') {
    const s = scopeSchema(schema, el.scope);
    f(el, s);
    if (el.options?.detail) controls(el.options.detail, s?.items, f);
    return;
  }
  for (const e of el.elements ?? []) controls(e, schema, f);
}

test('every JSON Forms scope names a field of the form variant', async () => {
  for (const lang of langs) {
    const [schema, ui] = await Promise.all([load(`form.${lang}.json`), load(`ui.jsonforms.${lang}.json`)]);
    assert.equal(ui.type, 'Categorization');
    assert.equal(ui.elements.length, 7);
    let n = 0;
    controls(ui, schema, (el, s) => {
      n++;
      assert.ok(s && typeof s === 'object', `${lang}: ${el.scope} names nothing`);
      if (s.format === 'date') assert.ok(el.options?.dateFormat, `${lang}: ${el.scope} has no date format`);
    });
    assert.ok(n > 150, `${lang}: only ${n} controls`);
  }
});

// uiKeys walks an rjsf uiSchema beside the standard schema (with $refs)
// and calls f with each field's pointer, uiSchema and schema.
function uiKeys(ui, s, root, at, f) {
  const deref = (x) => (x?.$ref ? deref(root.$defs[x.$ref.replace('#/$defs/', '')]) : x);
  s = deref(s);
  f(at, ui, s);
  for (const [k, v] of Object.entries(ui)) {
    if (k.startsWith('ui:')) continue;
    if (k === 'items') uiKeys(v, s.items, root, `${at}/*`, f);
    else uiKeys(v, s.properties?.[k], root, `${at}/${k}`, f);
  }
}

test('every rjsf uiSchema key names a field, and both tools mark the same final fields', async () => {
  for (const lang of langs) {
    const [schema, ui, jf] = await Promise.all([load(`agreement.${lang}.json`), load(`ui.rjsf.${lang}.json`), load(`ui.jsonforms.${lang}.json`)]);
    const final = [];
    uiKeys(ui, schema, schema, '', (at, u, s) => {
      assert.ok(s, `${lang}: the uiSchema has ${at}, which the schema does not`);
      if (u['ui:options']?.final) final.push(at);
      for (const name of u['ui:order'] ?? []) {
        assert.ok(name === '*' || Object.hasOwn(s.properties ?? {}, name), `${lang}: ${at} orders ${name}`);
      }
    });
    assert.ok(final.length > 25, `${lang}: ${final.length} fields marked final`);
    const marked = [];
    const walk = (el) => {
      if (typeof el.label === 'string' && el.label.endsWith(' *')) marked.push(el.label);
      for (const e of el.elements ?? []) walk(e);
      if (el.options?.detail) walk(el.options.detail);
    };
    walk(jf);
    assert.equal(marked.length, final.length, `${lang}: JSON Forms marks ${marked.length} fields, rjsf ${final.length}`);

    // The steps hold every field of the agreement and of its annexes once,
    // but those no person fills in ($schema).
    const fields = [...ui['ui:options'].steps.flatMap((st) => st.fields), ...ui['ui:options'].notInForm];
    const want = Object.keys(schema.properties).flatMap((k) =>
      k === 'annexes' ? Object.keys(schema.$defs.Annexes.properties).map((a) => `/annexes/${a}`) : [`/${k}`],
    );
    assert.deepEqual([...fields].sort(), want.sort());
  }
});
