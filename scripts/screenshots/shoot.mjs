// Usage: node shoot.mjs <baseUrl> <outDir> <adminPassword> [name,name,...] [en,ru]
// Photographs every page of pages.json (the list the E2E guards check) at desktop and phone width, light and dark,
// in each language asked for (English only unless a list is given), each as the visitor the list names.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const [base = 'http://127.0.0.1:5080/', out = '/tmp/rustok-shots', password = 'Admin123!', only = '', languages = 'en'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const pages = JSON.parse(readFileSync(new URL('./pages.json', import.meta.url), 'utf8')).pages
  .filter(p => !only || only.split(',').includes(p.name));
const people = { admin: ['admin@rustok.local', password], editor: ['editor@demo.local', 'Editor123!'] };

async function signIn(page, who) {
  if (!people[who]) return;
  await page.goto(`${base}account/login?returnUrl=%2Fadmin`);
  await page.fill('#email', people[who][0]);
  await page.fill('#password', people[who][1]);
  await page.click('[data-testid=sign-in]');
  await page.waitForURL(/admin/);
}

async function address(page, entry) {
  if (entry.path !== undefined) return base + entry.path;
  await page.goto(base + entry.via);
  // As the browser resolves it: against the page's <base>, not its own address.
  return await page.locator(entry.link).first().evaluate(a => a.href);
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  for (const [dark, language] of [false, true].flatMap(d => languages.split(',').map(l => [d, l]))) {
    for (const who of [...new Set(pages.map(p => p.as))]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${base}ui/preferences?dark=${dark ? 1 : 0}&culture=${language}&returnUrl=/`);
      await signIn(page, who);
      for (const entry of pages.filter(p => p.as === who)) {
        try {
          await page.goto(await address(page, entry));
          if (await page.locator('main[data-interactive]').count() > 0) await page.locator('main[data-interactive=true]').waitFor();
          await page.waitForTimeout(300);
          await page.screenshot({ path: `${out}/${entry.name}-${device}-${dark ? 'dark' : 'light'}${language === 'en' ? '' : '-' + language}.png`, fullPage: process.env.SHOT_FULL === '1' });
        } catch (e) {
          console.error(`${entry.name}: ${e.message.split('\n')[0]}`);
        }
      }
      await context.close();
    }
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
