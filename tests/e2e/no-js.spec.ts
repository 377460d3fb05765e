/** With JavaScript off, every page still shows its content: tables render on the server. */
import { expect, test } from '@playwright/test';
import { getJson, type BenchmarksExport, type FeaturesExport } from './helpers';
import { builtPages, pageType } from './site';

test.use({ javaScriptEnabled: false });

test('every page shows its main content without JavaScript', async ({ page }) => {
  test.setTimeout(180_000); // visits every built page; the workers share the machine with the axe audit
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
  test.setTimeout(120_000);
  const { meshes, features } = await getJson<FeaturesExport>(request, '/data/features.json');
  const { studies } = await getJson<BenchmarksExport>(request, '/data/benchmarks.json');
  for (const mesh of meshes) {
    await page.goto(`/meshes/${mesh.id}/`);
    await expect(page.locator('main [data-level]')).toHaveCount(features.length + 5); // cells + the summary legend
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
