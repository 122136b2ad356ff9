import { chromium } from 'playwright-core';
import { serve } from './support.mjs';
const server = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--headless'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
const msgs = [];
page.on('console', (m) => msgs.push(m.type() + ': ' + m.text()));
page.on('pageerror', (e) => msgs.push('pageerror: ' + e.message));
const [url, out, step] = process.argv.slice(2);
await page.goto(server.url + url);
await page.waitForTimeout(2500);
if (step) { for (const s of step.split(',')) { await page.click(s); await page.waitForTimeout(500); } }
await page.screenshot({ path: out, fullPage: false });
console.log(msgs.slice(0, 20).join('\n'));
console.log('height', await page.evaluate(() => document.body.scrollHeight));
await browser.close(); await server.close();
