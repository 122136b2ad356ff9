// End-to-end tests of the two form pages in headless Chromium (Debian's
// chromium, driven by playwright-core):
//
//   - rjsf (index.html) and JSON Forms (jsonforms.html) load seed004 in
//     Danish and submit it without edits: the submitted JSON equals the
//     file, no value added or changed;
//   - JSON Forms renders every field of seed004, with every array item
//     expanded, without a "No applicable renderer";
//   - a new agreement is filled in from blank, step by step, into a final
//     agreement that dpakit validate accepts;
//   - the rjsf form speaks each language, shows a wrong organisation
//     number at its field and submits a correct draft;
//   - with `dpakit serve` behind the rjsf page, dpakit's own findings
//     appear at their fields while the user types, and go when fixed;
//   - the time from navigation to a usable form is measured and printed.
//
// Needs dist/form.js and dist/jsonforms.js (npm run build) and Go (to build
// cmd/dpakit). SCREENSHOTS=dir saves a screenshot of each page in Danish.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { examplesDir, formDir, langs, readJSON, repoDir, schemaDir, serve } from './support.mjs';

const run = promisify(execFile);

// The flags keep Chromium from dialling out on a machine without network.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let server, live, service, context, tmp, dpakit;
const started = Date.now();
const timings = [];
const shots = process.env.SCREENSHOTS;

before(async () => {
  for (const b of ['form.js', 'jsonforms.js']) {
    assert.ok(existsSync(path.join(formDir, 'dist', b)), `dist/${b} is missing: run npm run build`);
  }
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dpakit-e2e-'));
  dpakit = path.join(tmp, 'dpakit');
  await run('go', ['build', '-o', dpakit, './cmd/dpakit'], { cwd: repoDir });
  server = await serve();
  if (shots) await mkdir(shots, { recursive: true });
  // dpakit serve on a free port, and the pages again with /v1/ passed on to it.
  service = spawn(dpakit, ['serve', '-addr', '127.0.0.1:0', '-log', 'json'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const addr = await new Promise((resolve, reject) => {
    let log = '';
    service.stderr.on('data', (b) => {
      log += b;
      const m = /"msg":"listening","addr":"([^"]+)"/.exec(log);
      if (m) resolve(m[1]);
    });
    service.on('exit', (code) => reject(new Error(`dpakit serve exited ${code}: ${log}`)));
  });
  live = await serve(`http://${addr}`);
  // A fresh profile each run: launchPersistentContext passes it as
  // --user-data-dir.
  context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
    viewport: { width: 1100, height: 1400 },
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  await live?.close();
  service?.kill('SIGTERM');
  if (tmp) await rm(tmp, { recursive: true, force: true });
  for (const t of timings) console.log(`load → interactive: ${t.page}: ${t.ms} ms`);
  console.log(`e2e duration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

// open loads a page from at (the static server, or the one that passes
// /v1/ on to dpakit serve) and waits until its first field takes input; it
// records the time from navigation to then.
async function open(url, firstField, at = server) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => {
    // The form cancels a validation that a newer edit has overtaken.
    if (r.url().includes('/v1/validate') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()}`);
  });
  // Without dpakit serve behind it, the rjsf page asks v1/validate once,
  // gets a 404, which the browser logs, and stops asking (src/findings.js).
  let noService = 0;
  page.on('response', (r) => {
    if (r.status() === 404 && new URL(r.url()).pathname === '/v1/validate') noService++;
  });
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (/status of 404/.test(m.text())) {
      // The response event may come after the message: wait for it.
      setTimeout(() => (noService > 0 ? noService-- : problems.push(`console: ${m.text()}`)), 500);
      return;
    }
    problems.push(`console: ${m.text()}`);
  });
  const t0 = Date.now();
  await page.goto(`${at.url}${url}`);
  const field = page.locator(firstField).first();
  await field.waitFor({ timeout: 30_000 });
  await field.focus();
  timings.push({ page: url, ms: Date.now() - t0 });
  return { page, problems };
}

async function validate(doc, name) {
  const file = path.join(tmp, name);
  await writeFile(file, JSON.stringify(doc, null, 2));
  const { stdout } = await run(dpakit, ['validate', '-json', file]).catch((e) => e);
  return JSON.parse(stdout)[0];
}

const labelOf = (page, id) => page.locator(`label[for="${id}"]`).innerText();

// rjsf: step i (0-based) of the form.
const rjsfStep = (page, i) => page.click(`nav.steps li:nth-child(${i + 1}) button`);

test('rjsf: seed004 in Danish is submitted unchanged', async () => {
  const seed = await readJSON(path.join(examplesDir, 'seed004.json'));
  const { page, problems } = await open('/?lang=da&example=seed004', '#root_id');
  // Only the agreement's languages, Danish and English, have inputs.
  assert.equal(await page.locator('#root_title_da').count(), 1);
  assert.equal(await page.locator('#root_title_en').count(), 1);
  assert.equal(await page.locator('#root_title_sv, #root_title_nb').count(), 0, 'a language not in the agreement has an input');
  // Dates in the Danish form.
  assert.equal(await page.inputValue('#root_date'), toDanish(seed.date));
  if (shots) await page.screenshot({ path: path.join(shots, 'rjsf-da-1.png') });
  // Sub-processors are closed, each with its one-line summary.
  await rjsfStep(page, 4);
  const summaries = await page.$$eval('details[data-pointer]', (ds) =>
    ds.filter((d) => /^\/annexes\/b\/entries\/\d+$/.test(d.dataset.pointer)).map((d) => d.querySelector('summary').innerText),
  );
  assert.equal(summaries.length, seed.annexes.b.entries.length);
  assert.match(summaries[0], /^1\. kortdata · Eksempel Kortdata A\/S · Danmark$/);
  assert.equal(await page.locator('details[data-pointer^="/annexes/b/entries/"][open]').count(), 0);
  if (shots) await page.screenshot({ path: path.join(shots, 'rjsf-da-5.png') });
  // Array buttons carry their names.
  assert.equal(await page.locator('#root_annexes_b_entries__add').innerText(), '+ Tilføj');

  await page.click('button[type=submit]');
  await page.locator('#result').waitFor();
  const submitted = JSON.parse(await page.locator('#submitted-json').innerText());
  assert.deepEqual(submitted, seed);
  assert.deepEqual(problems, []);
  await page.close();
});

test('JSON Forms: seed004 in Danish renders every field and is submitted unchanged', async () => {
  const seed = await readJSON(path.join(examplesDir, 'seed004.json'));
  const { page, problems } = await open('/jsonforms.html?lang=da&example=seed004', '#\\#\\/properties\\/id-input, input');
  if (shots) await page.screenshot({ path: path.join(shots, 'jsonforms-da-1.png') });
  const steps = page.locator('.MuiStepButton-root');
  assert.equal(await steps.count(), 7);
  let expanded = 0;
  for (let i = 0; i < 7; i++) {
    await steps.nth(i).click();
    // Open every array item, the ones inside opened items too.
    expanded += await expandAll(page);
    const body = await page.locator('body').innerText();
    assert.doesNotMatch(body, /No applicable (renderer|cell)/i, `step ${i + 1}`);
    if (shots && i === 4) await page.screenshot({ path: path.join(shots, 'jsonforms-da-5.png') });
  }
  assert.ok(expanded >= seed.annexes.b.entries.length, `only ${expanded} array items opened`);
  // Only the agreement's languages: no Swedish or Norwegian inputs.
  assert.equal(await page.getByLabel('Svensk', { exact: true }).count(), 0);

  await page.click('#submit');
  await page.locator('#result').waitFor();
  const submitted = JSON.parse(await page.locator('#submitted-json').innerText());
  assert.deepEqual(submitted, seed);
  assert.deepEqual(problems, []);
  await page.close();
});

// expandAll opens every closed array item of JSON Forms' material array
// layout on the page, the ones inside opened items too, and returns how
// many it opened.
async function expandAll(page) {
  let opened = 0;
  for (let round = 0; round < 6; round++) {
    const n = await page.$$eval('.MuiAccordionSummary-root[aria-expanded="false"]', (els) => {
      const shown = els.filter((e) => e.checkVisibility());
      for (const e of shown) e.click();
      return shown.length;
    });
    if (n === 0) break;
    opened += n;
    await page.waitForTimeout(50);
  }
  return opened;
}

function toDanish(iso) {
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}

test('rjsf: a new Danish agreement filled in from blank is accepted as final', async () => {
  const schema = await readJSON(path.join(schemaDir, 'agreement.da.json'));
  const { page, problems } = await open('/?lang=da', '#root_id');
  // rjsf's options have their index as value: choose by the title.
  const select = (id, def, value) =>
    page.selectOption(`#${id}`, { label: schema.$defs[def].oneOf.find((o) => o.const === value).title });
  // 1. Aftalen
  assert.match(await labelOf(page, 'root_date'), /\*/, 'the agreement date has no required marker');
  assert.doesNotMatch(await labelOf(page, 'root_version'), /\*/, 'the version has a required marker');
  await page.fill('#root_id', 'KOM-2026-001');
  await select('root_status', 'Status', 'final');
  await page.fill('#root_date', '01.12.2026');
  await select('root_term_kind', 'TermKind', 'while-processing');
  // 2. Parterne
  await page.click('.btn-next');
  await page.click('#root_controllers__add');
  await page.fill('#root_controllers_0_name', 'Eksempel Kommune');
  await select('root_controllers_0_address_country', 'Country', 'DK');
  await page.fill('#root_processor_name', 'Eksempel Data A/S');
  await select('root_processor_address_country', 'Country', 'DK');
  // 3. Aftalevilkår
  await page.click('.btn-next');
  await select('root_clauses_confidentiality', 'Confidentiality', 'statutory');
  await page.click('#root_clauses_breachNotification__add');
  await select('root_clauses_breachNotification_0_kind', 'BreachKind', 'breach');
  await page.fill('#root_clauses_breachNotification_0_within_value', '24');
  await select('root_clauses_breachNotification_0_within_unit', 'Unit', 'hours');
  await select('root_clauses_endOfService_action', 'EndAction', 'delete');
  // 4. Bilag A
  await page.click('.btn-next');
  await page.fill('#root_annexes_a_purpose_da', 'Lønudbetaling til kommunens ansatte');
  await page.fill('#root_annexes_a_nature_da', 'Opbevaring og beregning');
  await page.click('#root_annexes_a_groups__add');
  await page.fill('#root_annexes_a_groups_0_name_da', 'Ansatte');
  await page.check('#root_annexes_a_groups_0_ordinary-0'); // Navn
  await page.check('#root_annexes_a_groups_0_ordinary-2'); // E-mailadresse
  await page.fill('#root_annexes_a_duration_da', 'Så længe aftalen gælder');
  // 5. Bilag B
  await page.click('.btn-next');
  await select('root_annexes_b_authorisation', 'Authorisation', 'specific');
  // 6. Bilag C
  await page.click('.btn-next');
  await page.fill('#root_annexes_c_subject_da', 'Lønsystemet');
  await select('root_annexes_c_security_level', 'Level', 'basic');
  await page.click('#root_annexes_c_security_measures_encryptionInTransit__optionalAdd');
  await page.click('#root_annexes_c_security_measures_accessControl__optionalAdd');
  await page.fill('#root_annexes_c_assistance_dataSubjectRequests_da', 'Inden for fem arbejdsdage');
  await page.click('#root_annexes_c_locations__add');
  await select('root_annexes_c_locations_0_country', 'Country', 'DK');
  await select('root_annexes_c_transfers_kind', 'InstructionKind', 'eea-only');
  await page.click('#root_annexes_c_audits__add');
  await select('root_annexes_c_audits_0_form', 'AuditForm', 'self-declaration');
  if (shots) await page.screenshot({ path: path.join(shots, 'rjsf-da-new-6.png') });

  await page.click('button[type=submit]');
  await page.locator('#result').waitFor();
  const submitted = JSON.parse(await page.locator('#submitted-json').innerText());
  assert.equal(submitted.date, '2026-12-01');
  assert.deepEqual(submitted.annexes.a.groups, [{ name: { da: 'Ansatte' }, ordinary: ['name', 'email'] }]);
  assert.deepEqual(submitted.annexes.c.security.measures, { encryptionInTransit: {}, accessControl: {} });
  const report = await validate(submitted, 'new-final.json');
  assert.equal(report.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
  assert.deepEqual(problems, []);
  await page.close();
});

test('JSON Forms: a new Danish agreement filled in from blank is accepted as final', async () => {
  const { page, problems } = await open('/jsonforms.html?lang=da', 'input');
  const steps = page.locator('.MuiStepButton-root');
  // A field by its label; a free text or a group of fields by its heading,
  // the innermost card that has it.
  const field = (label, within = page) => within.getByLabel(label, { exact: true });
  const card = (title, within = page) =>
    within.locator('.MuiCard-root').filter({ has: page.getByText(title, { exact: true }) }).last();
  const text = (title, value) => field('Dansk', card(title)).first().fill(value);
  // A choice: type its title into the autocomplete and pick it.
  const choose = async (label, title, within = page) => {
    await field(label, within).fill(title);
    await page.getByRole('option', { name: title, exact: true }).click();
  };
  // Add an item to an array and open it.
  const add = async (arrayLabel) => {
    await page.locator('.MuiToolbar-root').filter({ hasText: arrayLabel }).last().getByRole('button', { name: 'Tilføj' }).click();
    await expandAll(page);
  };

  // 1. Aftalen
  await field('Aftale-id').fill('KOM-2026-001');
  await choose('Status', 'Endelig');
  // MUI's date field is a group of sections (day, month, year) typed in
  // turn.
  await page.getByRole('group', { name: 'Versionsdato *', exact: true }).click();
  await page.keyboard.type('01122026');
  await choose('Aftalen gælder *', 'Så længe databehandleren behandler personoplysninger');
  // 2. Parterne
  await steps.nth(1).click();
  await add('Dataansvarlige *');
  await field('Juridisk navn *').first().fill('Eksempel Kommune');
  await choose('Land *', 'Danmark', page.locator('.MuiCard-root').filter({ hasText: 'Registreret adresse' }).first());
  await field('Juridisk navn *').last().fill('Eksempel Data A/S');
  await choose('Land *', 'Danmark', page.locator('.MuiCard-root').filter({ hasText: 'Registreret adresse' }).last());
  // A CVR number one digit short is shown as an error at its field.
  await choose('Register', 'Dansk CVR-nummer', card('Registreringsnummer'));
  await field('Nummer', card('Registreringsnummer')).fill('9999001');
  await page.click('#submit');
  await page.locator('.error-count').waitFor();
  assert.equal(await page.locator('#result').count(), 0, 'an invalid agreement was submitted');
  assert.match(await card('Registreringsnummer').innerText(), /Værdien har ikke den rigtige form/);
  await field('Nummer', card('Registreringsnummer')).fill('99990015');
  // 3. Aftalevilkår
  await steps.nth(2).click();
  await choose('Tavshedspligt *', 'Lovbestemt tavshedspligt');
  await add('Frister for at underrette om brud *');
  await choose('Type brud', 'Brud på persondatasikkerheden');
  await field('Antal', card('Inden for')).fill('24');
  await choose('Enhed', 'Timer', card('Inden for'));
  await choose('Slette eller tilbagelevere *', 'Slette alle oplysninger og kopier');
  // 4. Bilag A
  await steps.nth(3).click();
  await text('Formål *', 'Lønudbetaling til kommunens ansatte');
  await text('Behandlingens karakter *', 'Opbevaring og beregning');
  await add('Registrerede og personoplysninger *');
  await text('Kategori af registrerede *', 'Ansatte');
  await page.getByRole('checkbox', { name: 'Navn', exact: true }).check();
  await page.getByRole('checkbox', { name: 'E-mailadresse', exact: true }).check();
  await text('Varighed *', 'Så længe aftalen gælder');
  // 5. Bilag B
  await steps.nth(4).click();
  await choose('Godkendelse *', 'Forudgående specifik skriftlig godkendelse');
  // 6. Bilag C
  await steps.nth(5).click();
  await text('Instruksens genstand *', 'Lønsystemet');
  await choose('Sikkerhedsniveau', 'Grundlæggende');
  await text('Kryptering under transmission', 'TLS 1.2 eller nyere');
  await text('Adgangsstyring', 'Adgang efter arbejdsbetinget behov');
  await text('De registreredes anmodninger *', 'Inden for fem arbejdsdage');
  await add('Databehandlerens behandlingssteder');
  await choose('Land *', 'Danmark', page.locator('.MuiAccordion-root').last());
  await choose('Instruks *', 'Kun inden for EU/EØS');
  await add('Revision af databehandleren');
  await choose('Revisionsform', 'Egenerklæring');
  if (shots) await page.screenshot({ path: path.join(shots, 'jsonforms-da-new-6.png') });

  await page.click('#submit');
  await page.locator('#result').waitFor();
  const submitted = JSON.parse(await page.locator('#submitted-json').innerText());
  assert.equal(submitted.date, '2026-12-01');
  const report = await validate(submitted, 'new-final-jsonforms.json');
  assert.equal(report.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
  assert.deepEqual(problems, []);
  await page.close();
});

test('rjsf: the form speaks Swedish, shows a wrong organisation number and submits a correct draft', async () => {
  const { page, problems } = await open('/?lang=sv', '#root_id');
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');
  assert.match(await labelOf(page, 'root_id'), /^Avtals-id/);
  assert.equal(await page.locator('button[type=submit]').innerText(), 'Kontrollera och skicka');
  assert.equal(await page.locator('nav.steps button').first().innerText(), 'Avtalet');

  await page.fill('#root_id', 'PUB-2026-001');
  await rjsfStep(page, 1);
  assert.match(await labelOf(page, 'root_processor_name'), /^Juridiskt namn/);
  assert.match(await page.locator('#root_processor__title').innerText(), /^Personuppgiftsbiträde/);
  const schemes = await page.locator('#root_processor_orgId_scheme option').allInnerTexts();
  assert.ok(schemes.includes('Svenskt organisationsnummer') && schemes.includes('Danskt CVR-nummer'), `schemes: ${schemes}`);
  assert.equal(await page.getByText('Legal name', { exact: true }).count(), 0, 'an English label is left');
  // An organisation number one digit short.
  await page.fill('#root_processor_name', 'Exempel Molntjänster AB');
  await page.selectOption('#root_processor_orgId_scheme', { label: 'Svenskt organisationsnummer' });
  await page.fill('#root_processor_orgId_value', '556036079');
  await page.selectOption('#root_processor_address_country', { label: 'Sverige' });
  await rjsfStep(page, 2);
  await page.selectOption('#root_clauses_confidentiality', { label: 'Lagstadgad tystnadsplikt' });
  await rjsfStep(page, 5);
  // A measure with no parameters is required by being there at all.
  await page.click('#root_annexes_c_security_measures_mfaInternet__optionalAdd');
  await page.click('button[type=submit]');

  // The form goes to the step with the error and shows it at the field.
  const error = page.locator('#root_processor_orgId_value__error');
  await error.waitFor();
  assert.match(await error.innerText(), /Värdet har inte rätt form/);
  assert.equal(await page.locator('nav.steps button[aria-current]').innerText(), 'Parterna');
  assert.equal(await page.locator('#result').count(), 0, 'an invalid agreement was submitted');

  await page.fill('#root_processor_orgId_value', '5560360793');
  await page.click('button[type=submit]');
  await page.locator('#result').waitFor();
  assert.equal(await error.count(), 0, 'the error stayed');
  const submitted = JSON.parse(await page.locator('#submitted-json').innerText());
  assert.deepEqual(submitted.processor, {
    name: 'Exempel Molntjänster AB',
    orgId: { scheme: 'se-orgnr', value: '5560360793' },
    address: { country: 'SE' },
  });
  assert.equal(submitted.status, 'draft');
  assert.deepEqual(submitted.languages, ['sv']);
  assert.equal(submitted.clauses.confidentiality, 'statutory');
  assert.deepEqual(submitted.annexes, { c: { security: { measures: { mfaInternet: {} } } } });
  const report = await validate(submitted, 'draft.json');
  assert.equal(report.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
  assert.ok(report.warnings > 0, 'a draft with blanks has warnings');
  assert.deepEqual(problems, []);
  await page.close();
});

test('rjsf: the form speaks English, Norwegian and Danish with the schema\'s terms', async () => {
  const seen = new Set();
  for (const lang of langs.filter((l) => l !== 'sv')) {
    const schema = await readJSON(path.join(schemaDir, `agreement.${lang}.json`));
    const { page, problems } = await open(`/?lang=${lang}`, '#root_id');
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    await rjsfStep(page, 1);
    const name = schema.$defs.Party.properties.name.title;
    assert.match(await labelOf(page, 'root_processor_name'), new RegExp(`^${name}`));
    const controllers = schema.properties.controllers.title;
    assert.match(await page.locator('#root_controllers__title').innerText(), new RegExp(`^${controllers}`));
    seen.add(controllers);
    await rjsfStep(page, 5);
    const levels = await page.locator('#root_annexes_c_security_level option').allInnerTexts();
    for (const o of schema.$defs.Level.oneOf) assert.ok(levels.includes(o.title), `${lang}: no level ${o.title} in ${levels}`);
    assert.deepEqual(problems, []);
    await page.close();
  }
  assert.equal(seen.size, 3, `labels repeat across languages: ${[...seen]}`);
});

test('dpakit\'s findings show at their field while the user types, in the form\'s language, and go when fixed', async () => {
  const schema = await readJSON(path.join(schemaDir, 'agreement.da.json'));
  const title = (def, value) => schema.$defs[def].oneOf.find((o) => o.const === value).title;
  const { page, problems } = await open('/?lang=da', '#root_id', live);

  // The message dpakit gives for a 96-hour deadline, in Danish.
  const draft = { status: 'draft', languages: ['da'], clauses: { breachNotification: [{ kind: 'breach', within: { value: 96, unit: 'hours' } }] } };
  const over = (await validate(draft, 'breach96.json')).findings.find((f) => f.code === 'breach.deadline-over-72h');
  assert.ok(over, 'dpakit validate reports no breach.deadline-over-72h');
  assert.equal(over.path, '/clauses/breachNotification/0/within');

  await rjsfStep(page, 2); // Klausuler
  await page.click('#root_clauses_breachNotification__add');
  await page.selectOption('#root_clauses_breachNotification_0_kind', { label: title('BreachKind', 'breach') });
  await page.selectOption('#root_clauses_breachNotification_0_within_unit', { label: title('Unit', 'hours') });
  await page.fill('#root_clauses_breachNotification_0_within_value', '96');

  // Without submitting: dpakit's finding at /clauses/breachNotification/0/within.
  const error = page.locator('#root_clauses_breachNotification_0_within__error');
  await error.waitFor({ timeout: 10_000 });
  assert.equal((await error.innerText()).trim(), over.message.da);
  assert.match(await page.locator('#findings-status').innerText(), /fejl: 1\b/);
  if (shots) await page.locator('#root_clauses_breachNotification').screenshot({ path: path.join(shots, 'rjsf-da-breach96.png') });

  // Fixed: the finding goes.
  await page.fill('#root_clauses_breachNotification_0_within_value', '48');
  await error.waitFor({ state: 'detached', timeout: 10_000 });
  assert.match(await page.locator('#findings-status').innerText(), /fejl: 0\b/);
  assert.equal(await page.locator('#result').count(), 0, 'nothing was submitted');

  assert.deepEqual(problems, []);
  await page.close();
});

// The time from navigation to a form that takes input, for each page with
// seed004 in Danish: the median of three loads, printed (the issue asks
// for about 2 s on this machine; asserted only loosely, as the machine is
// shared).
test('load → interactive, median of three loads', async () => {
  for (const [url, first] of [
    ['/?lang=da&example=seed004', '#root_id'],
    ['/jsonforms.html?lang=da&example=seed004', 'input'],
  ]) {
    const ms = [];
    for (let i = 0; i < 3; i++) {
      const { page } = await open(url, first);
      ms.push(Math.round(await page.evaluate(() => performance.now())));
      await page.close();
    }
    ms.sort((a, b) => a - b);
    console.log(`load → interactive (median of 3, page clock): ${url}: ${ms[1]} ms (${ms.join(', ')})`);
    assert.ok(ms[1] < 10_000, `${url} took ${ms[1]} ms`);
  }
});
