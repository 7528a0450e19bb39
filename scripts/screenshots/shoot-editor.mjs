// Usage: node shoot-editor.mjs <baseUrl> <outDir> <adminPassword> [en,ru] [image.png]
// Photographs the visual post editor: a new post, with text, with the "/" menu open, with the selection toolbar,
// and, given a PNG, its alt-text question after a paste and the image in the text; then the HTML source mode. At
// desktop and phone width, light and dark, in each language asked for.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync } from 'node:fs';

const [base = 'http://127.0.0.1:5195/', out = '/tmp/rustok-editor-shots', password = 'Admin123!', languages = 'en,ru', image = ''] = process.argv.slice(2);
const png = image ? readFileSync(image).toString('base64') : null;
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [device, viewport] of [['desktop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
  for (const [dark, language] of [false, true].flatMap(d => languages.split(',').map(l => [d, l]))) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.log(`page error: ${e}`));
    const name = (shot) => `${out}/${shot}-${device}-${dark ? 'dark' : 'light'}-${language}.png`;
    await page.goto(`${base}ui/preferences?dark=${dark ? 1 : 0}&culture=${language}&returnUrl=/`);
    await page.goto(`${base}account/login?returnUrl=%2Fadmin`);
    await page.fill('#email', 'admin@rustok.local');
    await page.fill('#password', password);
    await page.click('[data-testid=sign-in]');
    await page.waitForURL(/admin/);
    await page.goto(`${base}admin/content/new?type=post`);
    await page.locator('main[data-interactive=true]').waitFor();
    const text = page.locator('[data-testid=visual-editor] .ProseMirror');
    await text.waitFor();
    const body = page.locator('[data-testid=visual-editor]');
    await body.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: name('editor-new') });

    await text.click();
    await page.keyboard.type('## Brewing\nA good cup starts with **fresh** beans and water just off the boil.\n');
    await page.keyboard.type('- Grind just before\n');
    await page.keyboard.type('Weigh everything\n\n');
    await page.keyboard.type('> Patience is the secret ingredient.\n\n');
    await page.waitForTimeout(600);
    await page.screenshot({ path: name('editor-text') });

    await page.keyboard.type('/');
    await page.locator('.rustok-slash-menu').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(200);
    await page.screenshot({ path: name('editor-slash') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Backspace');

    await text.locator('p', { hasText: 'A good cup' }).dblclick();
    await page.locator('.rustok-bubble-toolbar').waitFor({ state: 'visible' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: name('editor-bubble') });

    if (png) {
      await text.locator('> p').last().click(); // the empty line after the quote
      await text.evaluate((el, data) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], 'kettle.png', { type: 'image/png' }));
        el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
      }, png);
      await page.locator('[data-testid=editor-prompt-field] input, input[data-testid=editor-prompt-field]').first().fill('A kettle over the grounds');
      await page.waitForTimeout(300);
      await page.screenshot({ path: name('editor-alt-dialog') });
      await page.locator('[data-testid=editor-prompt-ok]').click();
      await text.locator('img').waitFor();
      await text.locator('img').scrollIntoViewIfNeeded();
      await page.waitForTimeout(500);
      await page.screenshot({ path: name('editor-image') });
    }

    await page.locator('[data-testid=body-mode-html]').click();
    await page.locator('textarea[data-testid=content-body]').waitFor();
    await page.locator('textarea[data-testid=content-body]').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.screenshot({ path: name('editor-html') });
    await context.close();
  }
}
await browser.close();
console.log(`screenshots in ${out}`);
