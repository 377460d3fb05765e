import { chromium } from '@playwright/test';
const port = process.env.PORT!;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const jobs = JSON.parse(process.env.JOBS!) as { path: string; selector?: string; w: number; scheme: 'light' | 'dark'; name: string; click?: string }[];
for (const job of jobs) {
  const ctx = await browser.newContext({ viewport: { width: job.w, height: 900 }, colorScheme: job.scheme });
  const page = await ctx.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(job.name, m.text()); });
  await page.goto(`http://127.0.0.1:${port}${job.path}`);
  if (job.click) { await page.locator(job.click).first().click(); await page.waitForTimeout(500); }
  if (job.selector) await page.locator(job.selector).first().screenshot({ path: `/tmp/shots/${job.name}.png` });
  else await page.screenshot({ path: `/tmp/shots/${job.name}.png` });
  await ctx.close();
}
await browser.close();
