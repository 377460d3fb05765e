import { expect, test } from '@playwright/test';
import { builtPages, pageType } from './site';

// One page of every type, discovered from the build, plus the widest pages.
const representatives = [...new Map(builtPages().map((path) => [pageType(path), path])).values()];

test('on a phone, pages fit the screen without sideways scrolling', async ({ page }) => {
  test.setTimeout(120_000);
  for (const path of new Set([...representatives, '/meshes/istio-ambient/', '/compare/cilium-vs-linkerd/', '/features/', '/sources/'])) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
    // Embeds have no site chrome by design; every other page keeps its navigation on a phone.
    if (!path.startsWith('/embed/')) await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  }
});

test('on a phone, a comparison stacks each difference: the feature, then each side under its name', async ({ page }) => {
  await page.goto('/compare/cilium-vs-linkerd/');
  const row = page.locator('#differences ~ * table tbody tr').first();
  const table = await page.locator('#differences ~ * table').boundingBox();
  const cells = row.locator('td[data-label]');
  await expect(cells).toHaveCount(2);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.width, 'each side takes the full width').toBeGreaterThan(table!.width * 0.9);
    // The side's name shows above it (CSS ::before from data-label).
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toBe(`"${await cell.getAttribute('data-label')}"`);
  }
  const [cilium, linkerd] = await cells.all();
  expect((await linkerd!.boundingBox())!.y).toBeGreaterThan((await cilium!.boundingBox())!.y);
});
