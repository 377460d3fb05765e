import { expect, test, type Page } from '@playwright/test';
import { allPairs, differingFeatures, differingPair, features, meshById, siteDir } from './helpers';
import { builtPages, builtRedirects } from '../../scripts/lib/builtSite';

/** The /compare/ page lets a reader choose this many meshes (its stated rule: "two to four"). */
const MIN = 2;
const MAX = 4;

const comparison = (page: Page) => page.getByRole('region', { name: 'Comparison' });
/** The comparison table's mesh columns, in table order, all of them or only those shown. */
const columns = (page: Page, which: 'all' | 'visible') =>
  comparison(page)
    .locator(`thead th[data-mesh]${which === 'visible' ? ':visible' : ''}`)
    .evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['mesh']!));

test('every pair of meshes has exactly one comparison page, and its reverse redirects to it', async ({ page, request }) => {
  const data = await features(request);
  const ids = data.meshes.map((m) => m.id);
  const pairs = allPairs(ids);
  const redirects = builtRedirects(siteDir());
  for (const { path, reverse } of pairs) {
    expect((await request.get(path)).status(), path).toBe(200);
    expect(redirects.get(reverse), `${reverse} redirects`).toBe(path);
  }
  // No comparison pages beyond the pairs.
  const built = builtPages(siteDir()).filter((p) => /^\/compare\/[^/]+\/$/.test(p));
  expect(built.sort()).toEqual(pairs.map((p) => p.path).sort());
  // A visitor following a reverse link ends on the canonical page.
  const { a, b, path, reverse } = pairs.at(-1)!;
  await page.goto(reverse);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${meshById(data, a).name} vs ${meshById(data, b).name}`);
});

test('a comparison leads with the differences, each linkable, with reasons and sources', async ({ page, request }) => {
  const data = await features(request);
  const { a, b, path } = differingPair(data);
  const differing = differingFeatures(data, a, b);
  await page.goto(path);
  const table = page.getByRole('table', { name: /Features where/ });
  // Exactly the differing features, each row anchored by feature id, each side's level in its column.
  await expect(table.locator('tbody tr')).toHaveCount(differing.length);
  for (const feature of differing) {
    const row = table.locator(`tr#${feature.id}`);
    await expect(row, feature.id).toHaveCount(1);
    await expect(row.locator('td').nth(0).locator('[data-level]').first()).toHaveAttribute('data-level', feature.support[a]!.level);
    await expect(row.locator('td').nth(1).locator('[data-level]').first()).toHaveAttribute('data-level', feature.support[b]!.level);
  }
  const first = await page.locator('main section').first().getByRole('heading').textContent();
  expect(first).toBe('Where they differ');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', new RegExp(`differ on ${differing.length} of ${data.features.length} features`));
});

test('the /compare/ selection lives in the URL and round-trips', async ({ page, request }) => {
  const data = await features(request);
  await page.goto('/compare/');
  const order = await columns(page, 'all');
  expect([...order].sort(), 'the table has a column per mesh').toEqual(data.meshes.map((m) => m.id).sort());
  expect(order.length, `this test needs more than ${MAX} meshes, to see that a ${MAX + 1}th cannot be chosen`).toBeGreaterThan(MAX);
  const box = (id: string) => page.getByRole('checkbox', { name: meshById(data, id).shortName, exact: true });

  // Start with the last two columns, then add the first: the URL keeps the table's order, not the clicks'.
  const start = order.slice(-MIN);
  await page.goto(`/compare/?m=${start.join(',')}`);
  await expect.poll(() => columns(page, 'visible')).toEqual(start);
  for (const id of order) {
    if (start.includes(id)) await expect(box(id)).toBeChecked();
    else await expect(box(id)).not.toBeChecked();
  }
  // With the fewest chosen, the chosen cannot be unticked.
  for (const id of start) await expect(box(id)).toBeDisabled();
  await box(order[0]!).check();
  const three = [order[0]!, ...start];
  await expect(page).toHaveURL(new RegExp(`\\?m=${three.join(',')}$`));
  await expect.poll(() => columns(page, 'visible')).toEqual(three);
  // Ticking more stops at the most allowed: the rest cannot be ticked.
  const chosen = [...order.slice(0, MAX - MIN), ...start];
  for (const id of order.slice(1, MAX - MIN)) await box(id).check();
  for (const id of order.filter((id) => !chosen.includes(id))) await expect(box(id)).toBeDisabled();
  await expect.poll(() => columns(page, 'visible')).toEqual(chosen);

  // The URL reproduces the view.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(comparison(page).locator('thead th[data-mesh]:visible')).toHaveCount(MAX);
  await expect.poll(() => columns(page, 'visible')).toEqual(chosen);
});

test('without JavaScript /compare/ shows every mesh', async ({ browser, request }) => {
  const { meshes } = await features(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  // A selection in the URL needs the script; without it, the whole table shows.
  await page.goto(`/compare/?m=${meshes.slice(0, 2).map((m) => m.id).join(',')}`);
  await expect(comparison(page).locator('thead th[data-mesh]:visible')).toHaveCount(meshes.length);
  await context.close();
});
