// What the rjsf page and the JSON Forms page share: the language asked
// for, loading the schema, the UI schema and an agreement to start from,
// and restricting the free texts to the agreement's languages.

import { languages } from './messages.js';

const params = new URLSearchParams(window.location.search);

// chosenLanguage is the ?lang= of the page, matched as i18n.Match does for
// "no" and "nn"; English when it is none of the four.
export function chosenLanguage() {
  const asked = (params.get('lang') ?? '').toLowerCase();
  const tag = asked === 'no' || asked === 'nn' ? 'nb' : asked;
  return Object.hasOwn(languages, tag) ? tag : 'en';
}

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status} ${r.statusText}`);
  return r.json();
}

// load fetches the schema variant (agreement or form), the UI schema for
// tool (rjsf or jsonforms) in lang, and the agreement named by ?example=
// (examples/<name>.json), or a new draft in lang.
export async function load(variant, tool, lang) {
  const example = params.get('example');
  const [schema, ui, data] = await Promise.all([
    getJSON(`schema/${variant}.${lang}.json`),
    getJSON(`schema/ui.${tool}.${lang}.json`),
    example && /^[\w-]+$/.test(example)
      ? getJSON(`examples/${example}.json`)
      : Promise.resolve({ status: 'draft', languages: [lang] }),
  ]);
  return { schema, ui, data };
}

const textLangs = Object.keys(languages).sort().join();

// restrictTexts returns the schema with every free text (an object whose
// properties are the four languages) offering only the languages given, as
// dpa.Schema does with dpa.SchemaTextLangs: a Danish–English agreement
// shows a Danish and an English input and no others. Without languages
// the schema is returned as it is.
export function restrictTexts(schema, langs) {
  const keep = new Set((langs ?? []).filter((l) => Object.hasOwn(languages, l)));
  if (keep.size === 0 || keep.size === Object.keys(languages).length) return schema;
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (k === 'properties' && x && typeof x === 'object' && Object.keys(x).sort().join() === textLangs) {
        out[k] = Object.fromEntries(Object.entries(x).filter(([l]) => keep.has(l)));
      } else {
        out[k] = walk(x);
      }
    }
    return out;
  };
  return walk(schema);
}

// pointer joins JSON Pointer tokens.
export const pointer = (tokens) => tokens.map((t) => '/' + String(t).replaceAll('~', '~0').replaceAll('/', '~1')).join('');

// valueAt returns the value at the JSON Pointer p in data.
export function valueAt(data, p) {
  let v = data;
  for (const t of p.split('/').slice(1)) v = v?.[t.replaceAll('~1', '/').replaceAll('~0', '~')];
  return v;
}

// stepOf returns the index of the step whose fields hold the pointer p, or
// -1.
export function stepOf(steps, p) {
  return steps.findIndex((s) => s.fields.some((f) => p === f || p.startsWith(f + '/')));
}
