// End-to-end test of the form in headless Chromium (Debian's chromium,
// driven by playwright-core): the form renders from the schema in the
// chosen language, a wrong organisation number is shown as an error on its
// field, and a corrected agreement is submitted and then accepted by
// dpakit's own validation; with `dpakit serve` behind the page, dpakit's
// findings appear at their fields while the user types and go when fixed.
//
// Needs dist/form.js (npm run build) and Go (to build cmd/dpakit).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { formDir, langs, readJSON, repoDir, schemaDir, serve } from './support.mjs';

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

before(async () => {
  assert.ok(existsSync(path.join(formDir, 'dist', 'form.js')), 'dist/form.js is missing: run npm run build');
  tmp = await mkdtemp(path.join(os.tmpdir(), 'dpakit-e2e-'));
  dpakit = path.join(tmp, 'dpakit');
  await run('go', ['build', '-o', dpakit, './cmd/dpakit'], { cwd: repoDir });
  server = await serve();
  // dpakit serve on a free port, and the page again with /v1/ passed on to it.
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
  });
});

after(async () => {
  await context?.close();
  await server?.close();
  await live?.close();
  service?.kill('SIGTERM');
  if (tmp) await rm(tmp, { recursive: true, force: true });
  console.log(`e2e duration: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

// open loads the form in lang and waits until it has rendered.
async function open(lang, at = server) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('requestfailed', (r) => {
    // The form cancels a validation that a newer edit has overtaken.
    if (r.url().includes('/v1/validate') && r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${r.url()}`);
  });
  await page.goto(`${at.url}/?lang=${lang}`);
  await page.locator('#root_processor_name').waitFor({ timeout: 30_000 });
  return { page, problems };
}

const labelOf = (page, id) => page.locator(`label[for="${id}"]`).innerText();

test('the form speaks Swedish, shows a wrong organisation number and submits a correct agreement', async () => {
  const { page, problems } = await open('sv');
  assert.equal(await page.locator('html').getAttribute('lang'), 'sv');

  // Labels, legends, choices and buttons are Swedish.
  assert.match(await labelOf(page, 'root_processor_name'), /^Juridiskt namn/);
  assert.match(await labelOf(page, 'root_id'), /^Avtals-id/);
  assert.match(await page.locator('#root_processor__title').innerText(), /^Personuppgiftsbiträde/);
  assert.match(await page.locator('#root__title').innerText(), /^Personuppgiftsbiträdesavtal/);
  const schemes = await page.locator('#root_processor_orgId_scheme option').allInnerTexts();
  assert.ok(schemes.includes('Svenskt organisationsnummer') && schemes.includes('Danskt CVR-nummer'), `schemes: ${schemes}`);
  assert.equal(await page.locator('button[type=submit]').innerText(), 'Kontrollera och skicka');
  assert.equal(await page.getByText('Legal name', { exact: true }).count(), 0, 'an English label is left');

  // Fill in a draft with an organisation number one digit short.
  await page.fill('#root_id', 'PUB-2026-001');
  await page.fill('#root_processor_name', 'Exempel Molntjänster AB');
  await page.selectOption('#root_processor_orgId_scheme', { label: 'Svenskt organisationsnummer' });
  await page.fill('#root_processor_orgId_value', '556036079');
  await page.selectOption('#root_processor_address_country', { label: 'Sverige' });
  await page.selectOption('#root_clauses_confidentiality', { label: 'Lagstadgad tystnadsplikt' });
  // A measure with no parameters is required by being there at all.
  await page.click('#root_annexes_c_security_measures_mfaInternet__optionalAdd');
  await page.click('button[type=submit]');

  const error = page.locator('#root_processor_orgId_value__error');
  await error.waitFor();
  assert.match(await error.innerText(), /Värdet har inte rätt form/);
  assert.equal(await page.locator('#result').count(), 0, 'an invalid agreement was submitted');

  // Correct the number and submit.
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

  // dpakit reads the submitted agreement strictly and finds no error in the
  // draft, only the warnings for its blanks.
  const file = path.join(tmp, 'submitted.json');
  await writeFile(file, JSON.stringify(submitted, null, 2));
  const { stdout } = await run(dpakit, ['validate', '-json', file]);
  const [report] = JSON.parse(stdout);
  assert.equal(report.errors, 0, JSON.stringify(report.findings.filter((f) => f.severity === 'error')));
  assert.ok(report.warnings > 0, 'a draft with blanks has warnings');

  assert.deepEqual(problems, []);
  await page.close();
});

test('the form speaks English, Norwegian and Danish with the schema\'s terms', async () => {
  const seen = new Set();
  const english = await readJSON(path.join(schemaDir, 'agreement.en.json'));
  for (const lang of langs.filter((l) => l !== 'sv')) {
    const schema = await readJSON(path.join(schemaDir, `agreement.${lang}.json`));
    const { page, problems } = await open(lang);
    assert.equal(await page.locator('html').getAttribute('lang'), lang);
    const name = schema.$defs.Party.properties.name.title;
    assert.match(await labelOf(page, 'root_processor_name'), new RegExp(`^${name}`));
    assert.match(await page.locator('#root_processor__title').innerText(), new RegExp(`^${schema.properties.processor.title}`));
    const levels = await page.locator('#root_annexes_c_security_level option').allInnerTexts();
    for (const o of schema.$defs.Level.oneOf) assert.ok(levels.includes(o.title), `${lang}: no level ${o.title} in ${levels}`);
    // The controllers' heading differs in each language.
    const controllers = schema.properties.controllers.title;
    assert.match(await page.locator('#root_controllers__title').innerText(), new RegExp(`^${controllers}`));
    if (lang !== 'en') assert.notEqual(controllers, english.properties.controllers.title);
    seen.add(controllers);
    assert.deepEqual(problems, []);
    await page.close();
  }
  assert.equal(seen.size, 3, `labels repeat across languages: ${[...seen]}`);
});

test('dpakit\'s findings show at their field while the user types, in the form\'s language, and go when fixed', async () => {
  const schema = await readJSON(path.join(schemaDir, 'agreement.da.json'));
  const title = (def, value) => schema.$defs[def].oneOf.find((o) => o.const === value).title;
  const { page, problems } = await open('da', live);

  // The message dpakit gives for a 96-hour deadline, in Danish.
  const file = path.join(tmp, 'breach96.json');
  const draft = { status: 'draft', languages: ['da'], clauses: { breachNotification: [{ kind: 'breach', within: { value: 96, unit: 'hours' } }] } };
  await writeFile(file, JSON.stringify(draft));
  const { stdout } = await run(dpakit, ['validate', '-json', file]).catch((e) => e);
  const over = JSON.parse(stdout)[0].findings.find((f) => f.code === 'breach.deadline-over-72h');
  assert.ok(over, 'dpakit validate reports no breach.deadline-over-72h');

  await page.click('#root_clauses_breachNotification__add');
  await page.selectOption('#root_clauses_breachNotification_0_kind', { label: title('BreachKind', 'breach') });
  await page.selectOption('#root_clauses_breachNotification_0_within_unit', { label: title('Unit', 'hours') });
  await page.fill('#root_clauses_breachNotification_0_within_value', '96');

  // Without submitting: dpakit's finding at /clauses/breachNotification/0/within.
  const error = page.locator('#root_clauses_breachNotification_0_within__error');
  await error.waitFor({ timeout: 10_000 });
  assert.equal((await error.innerText()).trim(), over.path === '/clauses/breachNotification/0/within' ? over.message.da : '(wrong path)');
  assert.match(await page.locator('#findings-status').innerText(), /fejl: 1\b/);
  await page.locator('#root_clauses_breachNotification').screenshot({ path: path.join(os.tmpdir(), 'dpakit-e2e-breach96.png') });

  // Fixed: the finding goes.
  await page.fill('#root_clauses_breachNotification_0_within_value', '48');
  await error.waitFor({ state: 'detached', timeout: 10_000 });
  assert.match(await page.locator('#findings-status').innerText(), /fejl: 0\b/);
  assert.equal(await page.locator('#result').count(), 0, 'nothing was submitted');

  assert.deepEqual(problems, []);
  await page.close();
});
