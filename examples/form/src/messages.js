// The page's own words in each language. The form's labels and help texts
// are not here: they come from the schema (dpakit schema -lang xx), which
// takes them from dpakit's term catalogue.

import { TranslatableString, englishStringTranslator, replaceStringParameters } from '@rjsf/utils';

export const languages = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
  da: 'Dansk',
};

const page = {
  en: {
    loading: 'Loading the form…',
    loadFailed: 'The form could not be loaded:',
    submit: 'Check and submit',
    submitted: 'The agreement passed the schema checks and was submitted. Validation (dpakit validate) checks what a final agreement needs.',
    errorsHeading: 'Please correct the marked fields.',
    steps: 'Parts of the agreement',
    previous: 'Previous',
    next: 'Next',
    newItem: 'New entry',
    finalMarker: 'Fields marked * are needed in a final agreement.',
    errorCount: (n) => (n === 1 ? '1 field needs correcting.' : `${n} fields need correcting.`),
  },
  sv: {
    loading: 'Formuläret laddas …',
    loadFailed: 'Formuläret kunde inte laddas:',
    submit: 'Kontrollera och skicka',
    submitted: 'Avtalet klarade schemats kontroller och har skickats. Valideringen (dpakit validate) kontrollerar det som ett slutligt avtal behöver.',
    errorsHeading: 'Rätta de markerade fälten.',
    steps: 'Avtalets delar',
    previous: 'Föregående',
    next: 'Nästa',
    newItem: 'Ny post',
    finalMarker: 'Fält markerade med * behövs i ett slutligt avtal.',
    errorCount: (n) => (n === 1 ? '1 fält behöver rättas.' : `${n} fält behöver rättas.`),
  },
  nb: {
    loading: 'Skjemaet lastes …',
    loadFailed: 'Skjemaet kunne ikke lastes:',
    submit: 'Kontroller og send',
    submitted: 'Avtalen besto skjemaets kontroller og er sendt. Valideringen (dpakit validate) kontrollerer det en endelig avtale trenger.',
    errorsHeading: 'Rett de markerte feltene.',
    steps: 'Avtalens deler',
    previous: 'Forrige',
    next: 'Neste',
    newItem: 'Ny oppføring',
    finalMarker: 'Felt merket med * trengs i en endelig avtale.',
    errorCount: (n) => (n === 1 ? '1 felt må rettes.' : `${n} felt må rettes.`),
  },
  da: {
    loading: 'Formularen indlæses …',
    loadFailed: 'Formularen kunne ikke indlæses:',
    submit: 'Kontrollér og send',
    submitted: 'Aftalen bestod skemaets kontroller og er sendt. Valideringen (dpakit validate) kontrollerer det, en endelig aftale har brug for.',
    errorsHeading: 'Ret de markerede felter.',
    steps: 'Aftalens dele',
    previous: 'Forrige',
    next: 'Næste',
    newItem: 'Ny post',
    finalMarker: 'Felter markeret med * skal udfyldes i en endelig aftale.',
    errorCount: (n) => (n === 1 ? '1 felt skal rettes.' : `${n} felter skal rettes.`),
  },
};

export function pageText(lang) {
  return page[lang] ?? page.en;
}

// Messages for the validation errors ajv reports, by keyword. The pointer
// of each error is the one dpakit's validation reports for the same
// problem, so a backend's findings can be shown on the same field.
const errors = {
  en: {
    required: 'Fill in this field.',
    pattern: 'This is not in the right form; see the help text.',
    format: 'Write a date as DD/MM/YYYY.',
    type: 'This is the wrong kind of value.',
    enum: 'Choose one of the options.',
    minItems: 'Add at least one.',
    minLength: 'Choose a value.',
    minimum: 'The number must not be less than %1.',
    maximum: 'The number must not be more than %1.',
    uniqueItems: 'The same value is listed twice.',
    additionalProperties: 'This field is not part of an agreement.',
    dependentRequired: 'Fill in %1 too.',
  },
  sv: {
    required: 'Fyll i fältet.',
    pattern: 'Värdet har inte rätt form; se hjälptexten.',
    format: 'Skriv datumet som ÅÅÅÅ-MM-DD.',
    type: 'Värdet är av fel slag.',
    enum: 'Välj ett av alternativen.',
    minItems: 'Lägg till minst ett.',
    minLength: 'Välj ett värde.',
    minimum: 'Talet får inte vara mindre än %1.',
    maximum: 'Talet får inte vara större än %1.',
    uniqueItems: 'Samma värde finns två gånger.',
    additionalProperties: 'Fältet hör inte till ett avtal.',
    dependentRequired: 'Fyll också i %1.',
  },
  nb: {
    required: 'Fyll ut feltet.',
    pattern: 'Verdien har ikke riktig form; se hjelpeteksten.',
    format: 'Skriv datoen som DD.MM.ÅÅÅÅ.',
    type: 'Verdien er av feil type.',
    enum: 'Velg et av alternativene.',
    minItems: 'Legg til minst én.',
    minLength: 'Velg en verdi.',
    minimum: 'Tallet kan ikke være mindre enn %1.',
    maximum: 'Tallet kan ikke være større enn %1.',
    uniqueItems: 'Samme verdi står to ganger.',
    additionalProperties: 'Feltet hører ikke til en avtale.',
    dependentRequired: 'Fyll også ut %1.',
  },
  da: {
    required: 'Udfyld feltet.',
    pattern: 'Værdien har ikke den rigtige form; se hjælpeteksten.',
    format: 'Skriv datoen som DD.MM.ÅÅÅÅ.',
    type: 'Værdien er af den forkerte type.',
    enum: 'Vælg en af mulighederne.',
    minItems: 'Tilføj mindst én.',
    minLength: 'Vælg en værdi.',
    minimum: 'Tallet må ikke være mindre end %1.',
    maximum: 'Tallet må ikke være større end %1.',
    uniqueItems: 'Den samme værdi står to gange.',
    additionalProperties: 'Feltet hører ikke til en aftale.',
    dependentRequired: 'Udfyld også %1.',
  },
};

// Wrappers around the errors of their branches say nothing of their own.
const wrappers = new Set(['if', 'then', 'else', 'oneOf', 'anyOf', 'allOf', 'not']);

// transformErrors returns rjsf's error transformer for a language: it drops
// the wrappers and writes each remaining error in the language.
export function transformErrors(lang) {
  const m = errors[lang] ?? errors.en;
  return (list) =>
    list
      .filter((e) => !wrappers.has(e.name))
      .map((e) => {
        let key = e.name;
        if (key === 'const') key = 'enum';
        const text = m[key];
        if (!text) return e;
        const arg = e.params?.limit ?? e.params?.missingProperty ?? '';
        const message = replaceStringParameters(text, [String(arg)]);
        return { ...e, message, stack: `${e.property ?? ''} ${message}`.trim() };
      });
}

// rjsf's own strings (buttons, headings) in each language.
const rjsfStrings = {
  sv: {
    [TranslatableString.AddItemButton]: 'Lägg till',
    [TranslatableString.AddButton]: 'Lägg till',
    [TranslatableString.RemoveButton]: 'Ta bort',
    [TranslatableString.MoveUpButton]: 'Flytta upp',
    [TranslatableString.MoveDownButton]: 'Flytta ned',
    [TranslatableString.CopyButton]: 'Kopiera',
    [TranslatableString.ErrorsLabel]: 'Fel',
    [TranslatableString.YesLabel]: 'Ja',
    [TranslatableString.NoLabel]: 'Nej',
    [TranslatableString.EmptyArray]: 'Inga poster än. Lägg till med knappen nedan.',
    [TranslatableString.ArrayItemTitle]: 'Post',
    [TranslatableString.OptionalObjectAdd]: 'Lägg till',
    [TranslatableString.OptionalObjectRemove]: 'Ta bort',
    [TranslatableString.OptionalObjectEmptyMsg]: 'Inte angivet',
    [TranslatableString.ClearButton]: 'töm fältet',
    [TranslatableString.AriaDateLabel]: 'Välj ett datum',
  },
  nb: {
    [TranslatableString.AddItemButton]: 'Legg til',
    [TranslatableString.AddButton]: 'Legg til',
    [TranslatableString.RemoveButton]: 'Fjern',
    [TranslatableString.MoveUpButton]: 'Flytt opp',
    [TranslatableString.MoveDownButton]: 'Flytt ned',
    [TranslatableString.CopyButton]: 'Kopier',
    [TranslatableString.ErrorsLabel]: 'Feil',
    [TranslatableString.YesLabel]: 'Ja',
    [TranslatableString.NoLabel]: 'Nei',
    [TranslatableString.EmptyArray]: 'Ingen oppføringer ennå. Legg til med knappen nedenfor.',
    [TranslatableString.ArrayItemTitle]: 'Oppføring',
    [TranslatableString.OptionalObjectAdd]: 'Legg til',
    [TranslatableString.OptionalObjectRemove]: 'Fjern',
    [TranslatableString.OptionalObjectEmptyMsg]: 'Ikke oppgitt',
    [TranslatableString.ClearButton]: 'tøm feltet',
    [TranslatableString.AriaDateLabel]: 'Velg en dato',
  },
  da: {
    [TranslatableString.AddItemButton]: 'Tilføj',
    [TranslatableString.AddButton]: 'Tilføj',
    [TranslatableString.RemoveButton]: 'Fjern',
    [TranslatableString.MoveUpButton]: 'Flyt op',
    [TranslatableString.MoveDownButton]: 'Flyt ned',
    [TranslatableString.CopyButton]: 'Kopiér',
    [TranslatableString.ErrorsLabel]: 'Fejl',
    [TranslatableString.YesLabel]: 'Ja',
    [TranslatableString.NoLabel]: 'Nej',
    [TranslatableString.EmptyArray]: 'Ingen poster endnu. Tilføj med knappen nedenfor.',
    [TranslatableString.ArrayItemTitle]: 'Post',
    [TranslatableString.OptionalObjectAdd]: 'Tilføj',
    [TranslatableString.OptionalObjectRemove]: 'Fjern',
    [TranslatableString.OptionalObjectEmptyMsg]: 'Ikke angivet',
    [TranslatableString.ClearButton]: 'ryd feltet',
    [TranslatableString.AriaDateLabel]: 'Vælg en dato',
  },
};

// translateString returns rjsf's string translator for a language, falling
// back to rjsf's English.
export function translateString(lang) {
  const table = rjsfStrings[lang];
  return (str, params) => {
    const t = table?.[str];
    return t ? replaceStringParameters(t, params) : englishStringTranslator(str, params);
  };
}

// The JSON Forms material renderers' own strings (array buttons, the
// delete dialog), by the last part of their translation key.
const jsonFormsStrings = {
  sv: {
    addTooltip: 'Lägg till', addAriaLabel: 'Lägg till', removeTooltip: 'Ta bort', removeAriaLabel: 'Ta bort',
    upAriaLabel: 'Flytta upp', downAriaLabel: 'Flytta ned', up: 'Upp', down: 'Ned',
    noDataMessage: 'Inga poster än.', noSelection: 'Inget valt',
    deleteDialogTitle: 'Ta bort?', deleteDialogMessage: 'Vill du ta bort posten?', deleteDialogAccept: 'Ja', deleteDialogDecline: 'Nej',
  },
  nb: {
    addTooltip: 'Legg til', addAriaLabel: 'Legg til', removeTooltip: 'Fjern', removeAriaLabel: 'Fjern',
    upAriaLabel: 'Flytt opp', downAriaLabel: 'Flytt ned', up: 'Opp', down: 'Ned',
    noDataMessage: 'Ingen oppføringer ennå.', noSelection: 'Ingenting valgt',
    deleteDialogTitle: 'Fjerne?', deleteDialogMessage: 'Vil du fjerne oppføringen?', deleteDialogAccept: 'Ja', deleteDialogDecline: 'Nei',
  },
  da: {
    addTooltip: 'Tilføj', addAriaLabel: 'Tilføj', removeTooltip: 'Fjern', removeAriaLabel: 'Fjern',
    upAriaLabel: 'Flyt op', downAriaLabel: 'Flyt ned', up: 'Op', down: 'Ned',
    noDataMessage: 'Ingen poster endnu.', noSelection: 'Intet valgt',
    deleteDialogTitle: 'Fjern?', deleteDialogMessage: 'Vil du fjerne posten?', deleteDialogAccept: 'Ja', deleteDialogDecline: 'Nej',
  },
};

// jsonFormsTranslator returns JSON Forms' translate function for a
// language: an error is written as the rjsf page writes it, by keyword, and
// the renderers' own strings in the language; everything else (labels,
// descriptions, choices) keeps the schema's text, which is already in the
// language.
export function jsonFormsTranslator(lang) {
  const m = errors[lang] ?? errors.en;
  const own = jsonFormsStrings[lang] ?? {};
  return (key, defaultMessage, values) => {
    const err = /(?:^|\.)error\.(\w+)$/.exec(key);
    if (err) {
      const keyword = err[1] === 'const' ? 'enum' : err[1];
      const e = values?.error;
      const arg = e?.params?.limit ?? e?.params?.missingProperty ?? '';
      return m[keyword] ? replaceStringParameters(m[keyword], [String(arg)]) : defaultMessage;
    }
    const last = key.slice(key.lastIndexOf('.') + 1);
    return Object.hasOwn(own, last) ? own[last] : defaultMessage;
  };
}
