// Live findings: while the user edits, the form sends the agreement to
// dpakit's service (POST v1/validate, `dpakit serve`) a moment after the
// last change and shows each finding of severity error at its JSON Pointer,
// next to its field, through react-jsonschema-form's extraErrors. The
// messages come in the form's language (?lang=). Warnings and notes, which
// a draft has for every blank, are counted in a status line instead of
// being shown at each empty field.
//
// The page expects the service under the same origin (v1/validate relative
// to the page), as a reverse proxy in front of both gives it. Where there
// is none (v1/validate answers 404, as a plain static server does), the
// form stops asking and works as before, with JSON Schema's checks only.

import { useEffect, useState } from 'react';

// absent is set once the page has learnt that no service is behind it.
let absent = false;

const words = {
  en: { found: (e, w) => `dpakit – errors: ${e}, warnings: ${w}`, failed: 'dpakit could not check the agreement:' },
  sv: { found: (e, w) => `dpakit – fel: ${e}, varningar: ${w}`, failed: 'dpakit kunde inte kontrollera avtalet:' },
  nb: { found: (e, w) => `dpakit – feil: ${e}, advarsler: ${w}`, failed: 'dpakit kunne ikke kontrollere avtalen:' },
  da: { found: (e, w) => `dpakit – fejl: ${e}, advarsler: ${w}`, failed: 'dpakit kunne ikke kontrollere aftalen:' },
};

// at adds message to the error schema at the JSON Pointer (RFC 6901).
function at(errors, pointer, message) {
  let node = errors;
  const tokens = pointer === '' ? [] : pointer.slice(1).split('/').map((t) => t.replaceAll('~1', '/').replaceAll('~0', '~'));
  for (const t of tokens) node = node[t] ??= {};
  (node.__errors ??= []).push(message);
}

// useFindings returns the extraErrors for formData and a status line,
// asking the service once the user has paused for delay milliseconds. An
// answer to an older edit is dropped.
export function useFindings(formData, lang, delay = 300) {
  const [state, setState] = useState({ extraErrors: undefined, status: '' });
  // The form hands over a new object on every change; the request is made
  // only when the agreement itself has changed.
  const body = JSON.stringify(formData);
  useEffect(() => {
    if (formData == null || absent) return undefined; // still loading, or no service
    const abort = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const r = await fetch(`v1/validate?lang=${encodeURIComponent(lang)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body,
          signal: abort.signal,
        });
        if (r.status === 404) {
          absent = true;
          setState({ extraErrors: undefined, status: '' });
          return;
        }
        const answer = await r.json().catch(() => null);
        const extraErrors = {};
        if (!r.ok || !answer?.findings) {
          // Input dpakit cannot read: the error names its pointer. No
          // service at all: only the status line says so.
          const message = answer?.error?.message ?? `HTTP ${r.status}`;
          if (answer?.error) at(extraErrors, answer.error.pointer ?? '', message);
          setState({ extraErrors, status: `${words[lang].failed} ${message}` });
          return;
        }
        for (const f of answer.findings) {
          if (f.severity === 'error') at(extraErrors, f.path, f.message);
        }
        setState({ extraErrors, status: words[lang].found(answer.errors, answer.warnings) });
      } catch (e) {
        if (e.name !== 'AbortError') setState({ extraErrors: undefined, status: `${words[lang].failed} ${e.message}` });
      }
    }, delay);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [body, lang, delay]);
  return state;
}
