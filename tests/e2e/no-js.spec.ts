/** With JavaScript off, every page still shows its content: tables render on the server. */
import { expect, test } from '@playwright/test';
import { SUPPORT_LEVELS } from '../../src/schemas/vocab';
import { benchmarks, features } from './helpers';
import { builtPages, pageType } from '../../scripts/lib/builtSite';

test.use({ javaScriptEnabled: false });

test('every page shows its main content without JavaScript', async ({ page }) => {
  test.setTimeout(480_000); // visits every built page; the workers share the machine with the axe audit
  const problems: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path, { waitUntil: 'domcontentloaded' });
    const text = (await page.locator('main').innerText()).trim();
    if (text.length < 200) problems.push(`${path} (${pageType(path)}): main content is only ${text.length} characters`);
    if (!(await page.getByRole('heading', { level: 1 }).isVisible())) problems.push(`${path}: no visible h1`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

test('mesh profiles show every support cell and study pages every number without JavaScript', async ({ page, request }) => {
  test.setTimeout(360_000);
  const { meshes, features: all } = await features(request);
  const { studies } = await benchmarks(request);
  for (const mesh of meshes) {
    await page.goto(`/meshes/${mesh.id}/`);
    // A cell per feature, plus the summary's count per support level.
    await expect(page.locator('main [data-level]')).toHaveCount(all.length + SUPPORT_LEVELS.length);
    for (const feature of all) await expect(page.locator(`main tr#${feature.id}-${mesh.id} [data-level]`)).toHaveCount(1);
  }
  for (const study of studies) {
    await page.goto(`/benchmarks/${study.id}/`);
    await expect(page.locator('main table[id] tbody tr')).toHaveCount(study.results.length);
  }
});

test('without JavaScript the theme follows the system', async ({ browser }) => {
  const background = async (javaScriptEnabled: boolean, colorScheme: 'light' | 'dark') => {
    const context = await browser.newContext({ javaScriptEnabled, colorScheme });
    const page = await context.newPage();
    await page.goto('/');
    const value = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    await context.close();
    return value;
  };
  const darkWithoutJs = await background(false, 'dark');
  expect(darkWithoutJs).toBe(await background(true, 'dark'));
  expect(darkWithoutJs).not.toBe(await background(false, 'light'));
});
