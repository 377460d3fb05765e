import { chromium } from '@playwright/test';
const port = process.env.PORT!;
const pages = (process.env.PAGES ?? '/changes/,/quality/,/lifecycle/').split(',');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const scheme of ['light', 'dark'] as const) {
  for (const [w, h, tag] of [[1280, 900, 'wide'], [375, 800, 'narrow']] as const) {
    const ctx = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: scheme });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    for (const p of pages) {
      await page.goto(`http://127.0.0.1:${port}${p}`);
      await page.waitForTimeout(300);
      const name = p.replace(/[^a-z0-9]+/gi, '_');
      await page.screenshot({ path: `/tmp/shots/${name}-${tag}-${scheme}.png`, fullPage: process.env.FULL === '1' });
    }
    if (errors.length) console.log(scheme, tag, errors);
    await ctx.close();
  }
}
await browser.close();
