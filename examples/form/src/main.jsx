// A form for a dpakit data processing agreement with react-jsonschema-form:
// the agreement's JSON Schema (schema/agreement.<lang>.json, dpa.Schema)
// and the uiSchema generated with it (schema/ui.rjsf.<lang>.json,
// dpa.UISchema) in the chosen language (?lang=en|sv|nb|da), validated with
// ajv for draft 2020-12. ?example=seed004 starts from examples/seed004.json
// instead of a blank draft.
//
// The uiSchema sets the order of the fields, the widgets and a few options
// that the templates below read: "steps" (one step per part of the
// agreement), "summary" (the one-line summary of an array's item), "final"
// (the field is needed in a final agreement: the only required marker) and
// "dateFormat" (the date widget's format in the language).

import { StrictMode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import Form, { getDefaultRegistry } from '@rjsf/core';
import { TranslatableString, getUiOptions } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020';
import { languages, pageText, transformErrors, translateString } from './messages.js';
import { chosenLanguage, load, pointer, restrictTexts, stepOf, valueAt } from './common.js';

// One validator for every language: the four schemas differ in their texts
// and $id only. Ajv2020 understands $defs and the 2020-12 meta-schema;
// ajv-formats (added by customizeValidator) checks "date". rjsf compiles
// helper schemas of its own that ajv's strict mode refuses, so the form
// keeps rjsf's default ajv options (test/ajv.test.mjs checks the schemas
// themselves in strict mode).
const validator = customizeValidator({ AjvClass: Ajv2020 });

const defaults = getDefaultRegistry().templates;

// The page's state that the templates read: the steps, the step shown, the
// form's data (for the items' summaries) and the page's words.
const Page = createContext({ steps: [], step: 0, data: {}, text: pageText('en') });

// isShown says whether the field at pointer p is on the step shown: it is
// one of the step's fields, holds one or lies within one.
function isShown(fields, p) {
  return fields.some((f) => f === p || f.startsWith(p + '/') || p.startsWith(f + '/'));
}

const isFinal = (uiSchema) => getUiOptions(uiSchema).final === true;

// ObjectFieldTemplate shows the properties on the step shown, and marks the
// object as required only where a final agreement needs it.
function ObjectFieldTemplate(props) {
  const { steps, step } = useContext(Page);
  const at = pointer(props.fieldPathId.path);
  const fields = steps[step]?.fields ?? [];
  const properties = props.properties.filter((p) => isShown(fields, `${at}/${p.name}`));
  // The agreement's description on the first step only; the annexes'
  // common heading not at all, since each annex is a step of its own.
  const plain = (at === '' && step > 0) || at === '/annexes';
  return (
    <defaults.ObjectFieldTemplate
      {...props}
      properties={properties}
      required={isFinal(props.uiSchema)}
      title={plain ? undefined : props.title}
      description={plain ? undefined : props.description}
    />
  );
}

// FieldTemplate marks a field as required only where a final agreement
// needs it. The input of one language of a free text goes without its help
// ("The text in Danish."), and without its label too when the agreement
// has one language: the text's own title says what it is.
function FieldTemplate(props) {
  const { data } = useContext(Page);
  const options = getUiOptions(props.uiSchema);
  if (!options.textLang) return <defaults.FieldTemplate {...props} required={options.final === true} />;
  const alone = (data?.languages ?? []).length <= 1;
  return (
    <defaults.FieldTemplate
      {...props}
      required={false}
      description={null}
      rawDescription={undefined}
      displayLabel={!alone}
    />
  );
}
const ArrayFieldTemplate = (props) => <defaults.ArrayFieldTemplate {...props} required={isFinal(props.uiSchema)} />;

// schemaAt follows the JSON Pointer p from the schema s, through $refs into
// the root schema's $defs.
function schemaAt(s, p, root) {
  const deref = (x) => (x?.$ref ? deref(valueAt(root, x.$ref.slice(1))) : x);
  let at = deref(s);
  for (const t of p.split('/').slice(1)) at = deref(at?.properties?.[t]);
  return at;
}

// summaryOf is the one-line summary of an item: the values at the
// uiSchema's summary pointers, a choice by its title.
function summaryOf(item, summary, schema, root) {
  const parts = [];
  for (const p of summary ?? []) {
    const v = valueAt(item, p);
    if (v === undefined || v === '' || typeof v === 'object') continue;
    const choice = schemaAt(schema, p, root)?.oneOf?.find((o) => o.const === v);
    parts.push(choice?.title ?? String(v));
  }
  return parts.join(' · ');
}

// ArrayFieldItemTemplate puts an item with a summary in a <details>: closed
// with its one-line summary when it was there when the page loaded, open
// when it is new.
function ArrayFieldItemTemplate(props) {
  const { data, text } = useContext(Page);
  const { children, buttonsProps, hasToolbar, uiSchema, registry, schema, index, className } = props;
  const summary = getUiOptions(uiSchema).summary;
  const at = pointer(buttonsProps.fieldPathId.path);
  const line = summary ? summaryOf(valueAt(data, at), summary, schema, registry.rootSchema) : '';
  const [open] = useState(!line);
  if (!summary) return <defaults.ArrayFieldItemTemplate {...props} />;
  const Buttons = defaults.ArrayFieldItemButtonsTemplate;
  return (
    <details className={`${className} array-item-details`} open={open} data-pointer={at}>
      <summary>
        {index + 1}. {line || text.newItem}
      </summary>
      {children}
      {hasToolbar && (
        <div className="array-item-toolbox">
          <Buttons {...buttonsProps} />
        </div>
      )}
    </details>
  );
}

// Buttons with their names written on them (rjsf's core theme draws icons
// from an icon font that a page does not have).
function TextButton({ label, className, iconType, icon, uiSchema, registry, ...rest }) {
  return (
    <button type="button" className={`btn ${className ?? ''}`} {...rest}>
      {label}
    </button>
  );
}
const named = (key, className) =>
  function Named(props) {
    return <TextButton {...props} className={className} label={props.registry.translateString(key)} />;
  };
const ButtonTemplates = {
  ...defaults.ButtonTemplates,
  AddButton: (props) => (
    <p className="array-add">
      <TextButton {...props} className="btn-add" label={`+ ${props.registry.translateString(TranslatableString.AddItemButton)}`} />
    </p>
  ),
  RemoveButton: named(TranslatableString.RemoveButton, 'btn-remove'),
  MoveUpButton: named(TranslatableString.MoveUpButton, 'btn-up'),
  MoveDownButton: named(TranslatableString.MoveDownButton, 'btn-down'),
  CopyButton: named(TranslatableString.CopyButton, 'btn-copy'),
};
function OptionalDataControlsTemplate({ id, label, onAddClick, onRemoveClick }) {
  if (onAddClick) return <TextButton id={id} className="btn-optional" onClick={onAddClick} label={`+ ${label}`} />;
  if (onRemoveClick) return <TextButton id={id} className="btn-optional" onClick={onRemoveClick} label={label} />;
  return <em id={id}>{label}</em>;
}

// Dates are shown and typed in the language's numeric form (the uiSchema's
// dateFormat, such as DD.MM.YYYY) and stored as YYYY-MM-DD; what cannot be
// read as a date is passed on as typed, so that validation reports it.
function toText(iso, format) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return iso ?? '';
  return format.replace('YYYY', m[1]).replace('MM', m[2]).replace('DD', m[3]);
}
function toISO(text, format) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const order = [];
  const re = format.replace(/YYYY|MM|DD|[.*+?^${}()|[\]\\/-]/g, (t) => {
    if (t === 'YYYY' || t === 'MM' || t === 'DD') {
      order.push(t);
      return t === 'YYYY' ? '(\\d{4})' : '(\\d{1,2})';
    }
    return '\\' + t;
  });
  const m = new RegExp(`^\\s*${re}\\s*$`).exec(text);
  if (!m) return null;
  const part = Object.fromEntries(order.map((t, i) => [t, m[i + 1].padStart(2, '0')]));
  return `${part.YYYY}-${part.MM}-${part.DD}`;
}
function DateWidget({ id, value, onChange, onBlur, onFocus, options, placeholder, disabled, readonly, autofocus }) {
  const format = options.dateFormat ?? 'YYYY-MM-DD';
  const [typed, setTyped] = useState(() => toText(value, format));
  useEffect(() => {
    if ((toISO(typed, format) ?? typed) !== (value ?? '')) setTyped(toText(value, format));
  }, [value]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      className="form-control date-input"
      id={id}
      name={id}
      value={typed}
      placeholder={placeholder}
      disabled={disabled || readonly}
      autoFocus={autofocus}
      onChange={(e) => {
        setTyped(e.target.value);
        onChange(e.target.value.trim() === '' ? undefined : (toISO(e.target.value, format) ?? e.target.value));
      }}
      onBlur={() => onBlur(id, value)}
      onFocus={() => onFocus(id, value)}
    />
  );
}

// A choice that offers a blank of its own ("Not decided yet", "As the main
// rule") shows that option for an empty value instead of rjsf's extra empty
// placeholder; the schema the widget sees says so, the form's data does not
// change.
function SelectWidget(props) {
  const Default = getDefaultRegistry().widgets.SelectWidget;
  const blank = props.options.enumOptions?.some((o) => o.value === '');
  return <Default {...props} schema={blank && !props.multiple ? { ...props.schema, default: '' } : props.schema} />;
}

const templates = {
  ObjectFieldTemplate,
  FieldTemplate,
  ArrayFieldTemplate,
  ArrayFieldItemTemplate,
  OptionalDataControlsTemplate,
  ButtonTemplates,
};
const widgets = { DateWidget, date: DateWidget, SelectWidget };

// rjsf fills in an empty object for every part the user has not touched
// (once a schema has if/then); prune drops them, so that an untouched
// organisation number or period is left out, as dpakit writes a blank,
// instead of failing as an object without its required members. The empty
// objects the agreement had when it was loaded, and the optional parts the
// user added (kept), stay; array items stay as they are.
function prune(value, at, kept) {
  if (Array.isArray(value)) return value.map((v, i) => prune(v, `${at}/${i}`, kept) ?? {});
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    const p = prune(v, `${at}/${k}`, kept);
    if (p !== undefined) out[k] = p;
  }
  return Object.keys(out).length > 0 || at === '' || kept.has(at) ? out : undefined;
}

// emptyObjects lists the pointers of the empty objects in an agreement.
function emptyObjects(value, at = '', out = new Set()) {
  if (value !== null && typeof value === 'object') {
    if (!Array.isArray(value) && Object.keys(value).length === 0) out.add(at);
    for (const [k, v] of Object.entries(value)) emptyObjects(v, `${at}/${k}`, out);
  }
  return out;
}

// optionalAt says whether the uiSchema offers the field at p behind an Add
// button.
function optionalAt(ui, p) {
  let u = ui;
  for (const t of p.split('/').slice(1)) u = /^\d+$/.test(t) && u?.items ? u.items : u?.[t];
  return Array.isArray(u?.['ui:enableOptionalDataFieldForType']);
}

// rjsf's field ids ("root_processor_orgId_value") as JSON Pointers; the
// agreement's JSON names have no underscores.
const pointerOfId = (id) => (id ?? 'root').split('_').slice(1).map((t) => '/' + t).join('');

// The pointer of an rjsf validation error: its property is ".a.b.0" or
// "a.b[0]".
const pointerOfError = (e) => '/' + (e.property ?? '').replace(/^\./, '').replace(/\[(\d+)\]/g, '.$1').split('.').join('/');

function App({ lang }) {
  const text = pageText(lang);
  const [loaded, setLoaded] = useState(null);
  const [failure, setFailure] = useState('');
  const [formData, setFormData] = useState(null);
  const [kept, setKept] = useState(() => new Set());
  const [step, setStep] = useState(0);
  const [submitted, setSubmitted] = useState(null);
  const [errorCount, setErrorCount] = useState(0);

  useEffect(() => {
    document.documentElement.lang = lang;
    load('agreement', 'rjsf', lang)
      .then((l) => {
        setKept(emptyObjects(l.data));
        setFormData(l.data);
        setLoaded(l);
      })
      .catch((e) => setFailure(String(e.message ?? e)));
  }, [lang]);

  // The schema offers free text in the agreement's languages only.
  const textLangs = (formData?.languages ?? []).join();
  const schema = useMemo(() => loaded && restrictTexts(loaded.schema, textLangs.split(',')), [loaded, textLangs]);
  const steps = loaded?.ui['ui:options']?.steps ?? [];
  const uiSchema = useMemo(
    () => loaded && { ...loaded.ui, 'ui:submitButtonOptions': { submitText: text.submit } },
    [loaded, text],
  );

  const onChange = useCallback(
    (e, id) => {
      const at = pointerOfId(id);
      if (optionalAt(loaded.ui, at)) {
        if (valueAt(e.formData, at) === undefined) kept.delete(at);
        else kept.add(at);
      }
      setFormData(prune(e.formData, '', kept));
      setSubmitted(null);
    },
    [loaded, kept],
  );
  const onError = useCallback(
    (errors) => {
      setErrorCount(errors.length);
      const first = errors.map(pointerOfError).map((p) => stepOf(steps, p)).find((i) => i >= 0);
      if (first !== undefined) setStep(first);
    },
    [steps],
  );

  if (failure) return <p role="alert">{`${text.loadFailed} ${failure}`}</p>;
  if (!loaded || !schema) return <p>{text.loading}</p>;

  // Every prop of the Form in one place, so that a page can add its own,
  // such as extraErrors from a backend's validation.
  const formProps = {
    schema,
    uiSchema,
    validator,
    formData,
    templates,
    widgets,
    onChange,
    onError,
    onSubmit: (e) => {
      setErrorCount(0);
      setSubmitted(e.formData);
    },
    transformErrors: transformErrors(lang),
    translateString: translateString(lang),
    // Keep rjsf from adding data: no defaults for empty objects, no const
    // as a default, and no HTML5 validation in the browser (an empty
    // optional number would block Submit).
    experimental_defaultFormStateBehavior: { emptyObjectFields: 'skipEmptyDefaults', constAsDefaults: 'never' },
    noHtml5Validate: true,
    showErrorList: 'top',
  };

  return (
    <Page.Provider value={{ steps, step, data: formData, text }}>
      <nav aria-label={text.steps} className="steps">
        <ol>
          {steps.map((s, i) => (
            <li key={s.title}>
              <button type="button" className="step" aria-current={i === step ? 'step' : undefined} onClick={() => setStep(i)}>
                {s.title}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <p className="hint">{text.finalMarker}</p>
      {errorCount > 0 && (
        <p role="alert" className="error-count">
          {text.errorCount(errorCount)}
        </p>
      )}
      <Form {...formProps}>
        <div className="step-buttons">
          <button type="button" className="btn-prev" disabled={step === 0} onClick={() => setStep(step - 1)}>
            {text.previous}
          </button>
          <button type="button" className="btn-next" disabled={step >= steps.length - 1} onClick={() => setStep(step + 1)}>
            {text.next}
          </button>
          <button type="submit" className="btn-submit">
            {text.submit}
          </button>
        </div>
      </Form>
      {submitted && (
        <section id="result" role="status">
          <p>{text.submitted}</p>
          <pre id="submitted-json">{JSON.stringify(submitted, null, 2)}</pre>
        </section>
      )}
    </Page.Provider>
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
