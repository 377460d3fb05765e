import { expect, test } from '@playwright/test';
import { differingFeatures, differingPair, features, meshById } from './helpers';
import { builtPages, pageType } from '../../scripts/lib/builtSite';

// One page of every type, discovered from the build, plus every mesh profile and comparison: the
// pages with the widest tables, whichever meshes the content has.
const representatives = [...new Map(builtPages().map((path) => [pageType(path), path])).values()];
const widest = builtPages().filter((path) => ['meshes/item', 'compare/item'].includes(pageType(path)));

test('on a phone, pages fit the screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(360_000);
  for (const path of new Set([...representatives, ...widest, '/features/', '/sources/'])) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    // Embeds have no site chrome by design; every other page keeps its navigation on a phone.
    if (!path.startsWith('/embed/')) await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
});

test('on a phone, a comparison stacks each difference: the feature, then each side under its name', async ({ page, request }) => {
  const data = await features(request);
  const { a, b, path } = differingPair(data);
  await page.goto(path);
  const rows = page.locator('#differences ~ * table tbody tr');
  await expect(rows).toHaveCount(differingFeatures(data, a, b).length);
  const row = rows.first();
  const table = await page.locator('#differences ~ * table').boundingBox();
  const cells = row.locator('td[data-label]');
  await expect(cells).toHaveCount(2);
  // Each side is labelled with its mesh, first mesh first.
  expect(await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-label')))).toEqual([meshById(data, a).shortName, meshById(data, b).shortName]);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.width, 'each side takes the full width').toBeGreaterThan(table!.width * 0.9);
    // The side's name shows above it (CSS ::before from data-label).
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(`"${await cell.getAttribute('data-label')}"`);
  }
  const [first, second] = await cells.all();
  expect((await second!.boundingBox())!.y).toBeGreaterThan((await first!.boundingBox())!.y);
});
