import { expect, test, type Page } from '@playwright/test';
import { CATEGORIES, type Category } from '../../src/schemas/vocab';
import { allPairs, baselineMesh, cellWithSources, differsAmong, escapeRegExp, features, meshById, narrowingFilter, need, signature } from './helpers';

const visibleRows = (page: Page) => page.locator('tr[data-feature]:visible');
/** The matrix's mesh columns in table order. */
const columnOrder = (page: Page) => page.locator('thead th[data-mesh]').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['mesh']!));

test('the matrix has a row per feature and a cell per mesh, each anchored', async ({ page, request }) => {
  const { meshes, features: all } = await features(request);
  await page.goto('/features/');
  await expect(visibleRows(page)).toHaveCount(all.length);
  for (const feature of all) {
    for (const mesh of meshes) {
      await expect(page.locator(`tr#${feature.id} td#${feature.id}-${mesh.id} [data-level]`).first()).toHaveAttribute(
        'data-level',
        feature.support[mesh.id]!.level,
      );
    }
  }
});

test('a link to a cell scrolls to it and opens its note and sources', async ({ page, request }) => {
  const data = await features(request);
  const { feature, mesh, cell } = cellWithSources(data);
  await page.goto(`/features/#${feature.id}-${mesh.id}`);
  const details = page.getByRole('dialog', { name: `${mesh.name} · ${feature.name}`, exact: true });
  await expect(details).toBeVisible();
  for (const url of cell.sources) await expect(details.locator(`[data-sources] a[href="${url}"]`)).toHaveCount(1);
  await expect(details.locator('[data-note]')).toHaveText(cell.note);
  await expect(details.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute('href', new RegExp(`content/meshes/${escapeRegExp(mesh.id)}\\.mdx$`));
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();
  // A row link scrolls to the row: the last row, so that it takes scrolling.
  const last = data.features.at(-1)!;
  await page.goto(`/features/#${last.id}`);
  await expect(page.locator(`tr#${last.id}`)).toBeInViewport();
});

test('filters narrow the matrix and the URL reproduces the view', async ({ page, request }) => {
  const data = await features(request);
  const { term, matching } = narrowingFilter(data);
  await page.goto('/features/');
  await page.getByLabel('Filter features').fill(term);
  await expect(page).toHaveURL(new RegExp(`\\?q=${escapeRegExp(term)}$`));
  await expect(visibleRows(page)).toHaveCount(matching.length);
  await expect(page.getByRole('status')).toHaveText(`Showing ${matching.length} of ${data.features.length} features.`);
  await page.getByLabel('Filter features').fill('');

  // Hide one category and the baseline mesh, and keep only the rows where the other meshes differ.
  const categories = [...new Set(data.features.map((f) => f.category as Category))];
  const baseline = baselineMesh(data);
  const order = await columnOrder(page);
  const shownMeshes = order.filter((id) => id !== baseline.id);
  const shownIn = (kept: Category[]) => data.features.filter((f) => kept.includes(f.category as Category) && differsAmong(f, shownMeshes));
  const hidden = need(
    categories.find((c) => shownIn(categories.filter((k) => k !== c)).length > 0),
    'two categories, with features outside one of them on which the meshes proper differ',
  );
  const kept = categories.filter((c) => c !== hidden);
  const expected = shownIn(kept);

  await page.getByRole('checkbox', { name: CATEGORIES[hidden], exact: true }).uncheck();
  await page.getByRole('checkbox', { name: baseline.shortName, exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Only differences' }).check();
  await expect(page).toHaveURL(new RegExp(`\\?m=${shownMeshes.join(',')}&cat=${kept.join(',')}&diff=1$`));
  await expect(page.locator(`tbody[data-category="${hidden}"]`)).toBeHidden();
  await expect(page.locator(`th[data-mesh="${baseline.id}"]`)).toBeHidden();
  await expect(visibleRows(page)).toHaveCount(expected.length);
  expect(await visibleRows(page).evaluateAll((rows) => rows.map((r) => r.id))).toEqual(expected.map((f) => f.id));

  // Every shown row differs among the shown meshes; reloading the URL gives the same view.
  for (const row of await visibleRows(page).all()) {
    const signatures = await row.locator('td[data-mesh]:visible').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['signature']));
    expect(new Set(signatures).size).toBeGreaterThan(1);
  }
  await page.reload();
  await expect(visibleRows(page)).toHaveCount(expected.length);
  await expect(page.getByRole('checkbox', { name: 'Only differences' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: CATEGORIES[hidden], exact: true })).not.toBeChecked();

  await page.getByRole('link', { name: 'Show everything' }).click();
  await expect(visibleRows(page)).toHaveCount(data.features.length);
});

test('without JavaScript a cell links to its details on the feature page', async ({ browser, request }) => {
  const data = await features(request);
  const { feature, mesh } = cellWithSources(data);
  const anchor = `${feature.id}-${mesh.id}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/features/');
  // The controls need the script, so they are not offered; the whole matrix is there.
  await expect(page.getByRole('group', { name: 'Feature matrix controls' })).toBeHidden();
  await expect(page.locator('tr[data-feature]:visible')).toHaveCount(data.features.length);
  await page.locator(`td#${anchor} a.cell-link`).click();
  await expect(page).toHaveURL(new RegExp(`/features/${feature.id}/#${anchor}$`));
  await expect(page.locator(`tr#${anchor}`)).toBeInViewport();
  await expect(page.locator(`tr#${anchor} a[href^="https://"]`).first()).toBeVisible();
  await context.close();
});

test('a filter that matches nothing says so', async ({ page }) => {
  await page.goto('/features/?q=zzzz-nothing');
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.getByText('No feature matches these filters.')).toBeVisible();
});

test('the matrix can be used with the keyboard alone', async ({ page, request }) => {
  const data = await features(request);
  const { term, matching } = narrowingFilter(data);
  await page.goto('/features/');
  const order = await columnOrder(page);
  const [first, second] = order as [string, string, ...string[]];
  const search = page.getByLabel('Filter features');
  await search.focus();
  await page.keyboard.type(term);
  await expect(visibleRows(page)).toHaveCount(matching.length);
  // Tab to the first mesh checkbox and untick it with Space.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: meshById(data, first).shortName, exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator(`th[data-mesh="${first}"]`)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`m=${order.slice(1).join(',')}(&|$)`));
  // Open a cell's details with Enter and close them with Escape.
  const feature = matching[0]!;
  await page.locator(`tr#${feature.id} td#${feature.id}-${second} a.cell-link`).focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: `${meshById(data, second).name} · ${feature.name}`, exact: true });
  await expect(details).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
});

test('a feature page shows every mesh with sources and links to the comparisons where it differs', async ({ page, request }) => {
  const { meshes, features: all } = await features(request);
  const ids = meshes.map((m) => m.id);
  const feature = need(all.find((f) => differsAmong(f, ids)), 'feature on which any two meshes differ');
  const differing = allPairs(ids).filter(({ a, b }) => signature(feature.support[a]!) !== signature(feature.support[b]!));
  await page.goto('/features/');
  await page.getByRole('link', { name: feature.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/features/${feature.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(feature.name);
  for (const mesh of meshes) {
    await expect(page.locator(`tr#${feature.id}-${mesh.id} [data-level]`)).toHaveAttribute('data-level', feature.support[mesh.id]!.level);
  }
  const links = page.getByRole('region', { name: 'Comparisons where it differs' }).getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(differing.map(({ path }) => `${path}#${feature.id}`).sort());
  await links.first().click();
  await expect(page.locator(`tr#${feature.id}`)).toBeInViewport();
});

test('the matrix page loads no chart code and little JavaScript', async ({ page, request }) => {
  const data = await features(request);
  const scripts: { url: string; bytes: number }[] = [];
  const pending: Promise<unknown>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') pending.push(response.body().then((body) => scripts.push({ url: response.url(), bytes: body.length })));
  });
  await page.goto('/features/', { waitUntil: 'networkidle' });
  await Promise.all(pending); // every script's size is known before the sums
  expect(scripts.filter((s) => /chart/i.test(s.url))).toEqual([]);
  // Uncompressed; the gzip budget (8 KB for interactive pages) is checked by `npm run bench`.
  expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeLessThan(16_000);
  // The cell-details code waits for the first click on a cell.
  expect(scripts.filter((s) => /matrixDetails/.test(s.url))).toEqual([]);
  const [feature] = data.features;
  const [mesh] = data.meshes;
  await page.locator(`#${feature!.id}-${mesh!.id} a.cell-link`).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect.poll(() => scripts.filter((s) => /matrixDetails/.test(s.url)).length).toBe(1);
});
