// The same agreement form with JSON Forms and its material renderers: the
// form variant of the schema (schema/form.<lang>.json, every $ref inlined
// so that each field keeps its own title) and the UI schema generated with
// it (schema/ui.jsonforms.<lang>.json, dpa.UISchema(dpa.JSONForms, lang)),
// in the chosen language (?lang=en|sv|nb|da); ?example=seed004 starts from
// examples/seed004.json.
//
// JSON Forms needs an Ajv2020 for a 2020-12 schema: its built-in ajv is
// for draft-07 and stops at the schema's $schema. The page validates with
// the standard schema instead of letting JSON Forms compile the form
// variant: the same rules and the same error paths, and ajv compiles the
// standard schema in less than half the time (about 0.25 s against 0.6 s),
// which is most of the page's start-up. The errors reach the fields as
// JSON Forms' additionalErrors.

import { StrictMode, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { JsonForms } from '@jsonforms/react';
import { materialCells, materialRenderers } from '@jsonforms/material-renderers';
import { Button, CssBaseline, ThemeProvider, createTheme } from '@mui/material';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { jsonFormsTranslator, languages, pageText } from './messages.js';
import { chosenLanguage, load, restrictTexts } from './common.js';

// JSON Forms' own ajv options (allErrors and verbose for its error
// messages, no strict mode), for draft 2020-12 and with the date format.
function newAjv() {
  const a = new Ajv2020({ allErrors: true, verbose: true, strict: false });
  addFormats(a);
  return a;
}
const ajv = newAjv();

// compileRules compiles the standard schema in an ajv of its own, since a
// schema restricted to other languages keeps the same $id.
const compileRules = (schema) => newAjv().compile(schema);

const theme = createTheme({ components: { MuiFormControl: { defaultProps: { margin: 'dense' } } } });

// The fields a final agreement needs carry " *" in their label (the UI
// schema's); JSON Forms' own asterisk follows the schema's required, which
// is what a draft needs, so it is hidden.
const config = { hideRequiredAsterisk: true, showUnfocusedDescription: false, trim: false };

// isText says whether s is a free text: an object whose properties are
// languages only.
function isText(s) {
  const names = Object.keys(s?.properties ?? {});
  return s?.type === 'object' && names.length > 0 && names.every((n) => Object.hasOwn(languages, n));
}

// scopeSchema follows a JSON Forms scope ("#/properties/a") from s.
function scopeSchema(s, scope) {
  let at = s;
  for (const t of scope.replace(/^#/, '').split('/').slice(1)) at = at?.[t];
  return at;
}

// textsAsGroups returns the UI schema with each free text, which the UI
// schema names as a whole, written out as a group of multi-line inputs, one
// for each language the (restricted) schema offers.
function textsAsGroups(el, schema) {
  if (el.type === 'Control') {
    const s = scopeSchema(schema, el.scope);
    if (isText(s)) {
      return {
        type: 'Group',
        label: el.label ?? s.title,
        elements: Object.keys(s.properties).map((l) => ({ type: 'Control', scope: `${el.scope}/properties/${l}`, options: { multi: true } })),
      };
    }
    if (el.options?.detail) return { ...el, options: { ...el.options, detail: textsAsGroups(el.options.detail, s?.items) } };
    return el;
  }
  return el.elements ? { ...el, elements: el.elements.map((e) => textsAsGroups(e, schema)) } : el;
}

function App({ lang }) {
  const text = pageText(lang);
  const [loaded, setLoaded] = useState(null);
  const [failure, setFailure] = useState('');
  const [data, setData] = useState(null);
  const [submitted, setSubmitted] = useState(null);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    document.documentElement.lang = lang;
    Promise.all([load('form', 'jsonforms', lang), fetch(`schema/agreement.${lang}.json`).then((r) => r.json())])
      .then(([l, rules]) => {
        setData(l.data);
        setLoaded({ ...l, rules });
      })
      .catch((e) => setFailure(String(e.message ?? e)));
  }, [lang]);

  const textLangs = (data?.languages ?? []).join();
  const schema = useMemo(() => loaded && restrictTexts(loaded.schema, textLangs.split(',')), [loaded, textLangs]);
  // The rules are compiled after the form is on the screen, not before.
  const [validate, setValidate] = useState(null);
  useEffect(() => {
    if (!loaded) return undefined;
    const t = setTimeout(() => setValidate(() => compileRules(restrictTexts(loaded.rules, textLangs.split(',')))), 0);
    return () => clearTimeout(t);
  }, [loaded, textLangs]);
  const errors = useMemo(() => {
    if (!validate || data == null) return [];
    return validate(data) ? [] : validate.errors;
  }, [validate, data]);
  const uischema = useMemo(() => loaded && schema && textsAsGroups(loaded.ui, schema), [loaded, schema]);
  const i18n = useMemo(() => ({ locale: lang, translate: jsonFormsTranslator(lang) }), [lang]);

  // The material renderers pass typed text on 300 ms after the last key
  // (and not on leaving the field), so Submit reads the data a little
  // later, from the latest render.
  const latest = useRef(null);
  latest.current = { data, errors };

  if (failure) return <p role="alert">{`${text.loadFailed} ${failure}`}</p>;
  if (!loaded || !schema || !uischema) return <p>{text.loading}</p>;

  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <p className="hint">{text.finalMarker}</p>
      <JsonForms
        schema={schema}
        uischema={uischema}
        data={data}
        renderers={materialRenderers}
        cells={materialCells}
        ajv={ajv}
        config={config}
        i18n={i18n}
        validationMode="NoValidation"
        additionalErrors={tried ? errors : []}
        onChange={(e) => {
          setData(e.data);
          setSubmitted(null);
        }}
      />
      {tried && errors.length > 0 && (
        <p role="alert" className="error-count">
          {text.errorCount(errors.length)}
        </p>
      )}
      <Button
        variant="contained"
        type="button"
        sx={{ textTransform: 'none' }}
        id="submit"
        disabled={!validate}
        onClick={() =>
          setTimeout(() => {
            setTried(true);
            const { data: now, errors: wrong } = latest.current;
            setSubmitted(wrong.length === 0 ? now : null);
          }, 350)
        }
      >
        {text.submit}
      </Button>
      {submitted && (
        <section id="result" role="status">
          <p>{text.submitted}</p>
          <pre id="submitted-json">{JSON.stringify(submitted, null, 2)}</pre>
        </section>
      )}
    </ThemeProvider>
  );
}

function Languages({ lang }) {
  return (
    <nav aria-label="Language" className="languages">
      {Object.entries(languages).map(([code, name]) => (
        <a key={code} href={`?lang=${code}`} hrefLang={code} lang={code} aria-current={code === lang ? 'page' : undefined}>
          {name}
        </a>
      ))}
    </nav>
  );
}

const lang = chosenLanguage();
createRoot(document.getElementById('app')).render(
  <StrictMode>
    <Languages lang={lang} />
    <App lang={lang} />
  </StrictMode>,
);
