// Opens N idle admin tabs (half the dashboard, half the content list) in one signed-in browser and reports how much
// the app's resident memory grew per tab, after the tabs have settled. Each tab is one Blazor Server circuit.
//   node bench/circuits.mjs <base url> <password> <app pid> [tabs]
import { chromium } from '../scripts/screenshots/node_modules/playwright-core/index.mjs';
import fs from 'fs';

const [base, password, pid, tabs = '100'] = process.argv.slice(2);
const rss = () => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);
const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const context = await browser.newContext();
const first = await context.newPage();
await first.goto(new URL('account/login?returnUrl=%2Fadmin', base).href);
await first.fill('#email', 'admin@rustok.local');
await first.fill('#password', password);
await first.click('[data-testid=sign-in]');
await first.waitForURL(/admin/);
await first.waitForLoadState('networkidle');
// Warm: both pages once, so code and caches are loaded before the baseline.
await first.goto(new URL('admin/content', base).href, { waitUntil: 'networkidle' });
await first.goto(new URL('admin', base).href, { waitUntil: 'networkidle' });
await settle(5000);
const before = rss();

const pages = [];
for (let i = 0; i < Number(tabs); i++) {
  const page = await context.newPage();
  await page.goto(new URL(i % 2 === 0 ? 'admin' : 'admin/content', base).href, { waitUntil: 'networkidle' });
  pages.push(page);
}
await settle(15000);
const after = rss();
console.log(`tabs ${tabs}: RSS ${(before / 1024).toFixed(0)} MB before, ${(after / 1024).toFixed(0)} MB after, ${((after - before) / Number(tabs)).toFixed(0)} KB per idle circuit`);
await browser.close();
