// Usage: node shoot.mjs <baseUrl> <outDir> <password> [name,name,...] [en,ru] [email]
// Signs in (as the platform administrator unless an e-mail is given, e.g. editor@demo.local) and photographs each page at desktop and phone width, light and dark,
// in each language asked for (English only unless a list is given).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:5080/', out = '/tmp/rustok-shots', password = 'Admin123!', only = '', languages = 'en', email = 'admin@rustok.local'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const pages = [
  ['storefront', '', false], ['login', 'account/login', false], ['dashboard', 'admin', true], ['tenants', 'admin/tenants', true],
  ['users', 'admin/users', true], ['roles', 'admin/roles', true], ['modules', 'admin/modules', true], ['settings', 'admin/settings', true],
  ['events', 'admin/outbox', true], ['announcements', 'admin/announcements', true], ['not-found', 'no-such-page', false], ['error', 'error', false],
  ['register', 'account/register', false], ['forgot-password', 'account/forgot-password', false], ['two-factor', 'account/two-factor', false],
  ['about', 'about', false], ['team', 'about/team', false], ['pages', 'admin/pages', true], ['media', 'admin/media', true], ['menus', 'admin/menus', true],
  ['blog', 'blog', false], ['blog-page-2', 'blog?page=2', false], ['post', 'blog/the-perfect-pour-over-in-five-steps', false], ['post-ru', 'blog/the-perfect-pour-over-in-five-steps?lang=ru', false],
  ['content', 'admin/content?type=post', true], ['editor', 'admin/content/new?type=post', true], ['categories', 'admin/content/categories', true], ['tags', 'admin/tags', true],
  ['category', 'blog/category/origins', false], ['tag', 'blog/tag/summer', false], ['tag-empty', 'blog/tag/no-such-tag', false],
  ['admin-not-found', 'admin/no-such-page', true], ['bad-page-number', 'blog?page=abc', false], ['unknown-site', 't/no-such-site/', false],
  ['archive', 'blog/2026/11', false], ['confirm-email', 'account/confirm-email?userId=abc&code=x', false], ['set-password', 'account/set-password?userId=abc&code=x', false],
  ['login-2fa', 'account/login-2fa?rememberMe=abc', false],
  // '@byline': the author page of the first byline on the blog (its address carries the writer's id).
  ['profile', 'admin/profile', true], ['author', '@byline', false], ['jobs-denied', 'admin/jobs', false],
].filter(([name]) => !only || only.split(',').includes(name));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  for (const [dark, language] of [false, true].flatMap(d => languages.split(',').map(l => [d, l]))) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${base}ui/preferences?dark=${dark ? 1 : 0}&culture=${language}&returnUrl=/`);
    await page.goto(`${base}account/login?returnUrl=%2Fadmin`);
    await page.fill('#email', email);
    await page.fill('#password', password);
    await page.click('[data-testid=sign-in]');
    await page.waitForURL(/admin/);
    for (const [name, path, interactive] of pages) {
      if (path === '@byline') {
        await page.goto(base + 'blog');
        await page.goto(base + await page.locator('[data-testid=byline]').first().getAttribute('href'));
      } else {
        await page.goto(base + path);
      }
      if (interactive) await page.locator('main[data-interactive=true]').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}${email.startsWith('admin@') ? '' : '-' + email.split('@')[0]}-${device}-${dark ? 'dark' : 'light'}${language === 'en' ? '' : '-' + language}.png`, fullPage: false });
    }
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
