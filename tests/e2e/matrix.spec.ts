import { expect, test, type Page } from '@playwright/test';
import { getJson, type FeaturesExport } from './helpers';

const visibleRows = (page: Page) => page.locator('tr[data-feature]:visible');

test('the matrix has a row per feature and a cell per mesh, each anchored', async ({ page, request }) => {
  const { meshes, features } = await getJson<FeaturesExport>(request, '/data/features.json');
  await page.goto('/features/');
  await expect(visibleRows(page)).toHaveCount(features.length);
  for (const feature of features) {
    for (const mesh of meshes) {
      await expect(page.locator(`tr#${feature.id} td#${feature.id}-${mesh.id} [data-level]`).first()).toHaveAttribute(
        'data-level',
        feature.support[mesh.id]!.level,
      );
    }
  }
});

test('a link to a cell scrolls to it and opens its note and sources', async ({ page, request }) => {
  const { features } = await getJson<FeaturesExport>(request, '/data/features.json');
  const mtls = features.find((f) => f.id === 'mtls')!;
  await page.goto('/features/#mtls-cilium');
  const details = page.getByRole('dialog', { name: /Cilium.*Mutual TLS/ });
  await expect(details).toBeVisible();
  for (const url of mtls.support['cilium']!.sources) await expect(details.locator(`a[href="${url}"]`)).toHaveCount(1);
  await expect(details.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute('href', /content\/meshes\/cilium\.mdx$/);
  await details.getByRole('button', { name: 'Close' }).click();
  await expect(details).toBeHidden();
  await page.goto('/features/#retries');
  await expect(page.locator('tr#retries')).toBeInViewport();
});

test('filters narrow the matrix and the URL reproduces the view', async ({ page, request }) => {
  const { features } = await getJson<FeaturesExport>(request, '/data/features.json');
  const matching = features.filter((f) => [f.name, ...f.aliases, f.description].join(' ').toLowerCase().includes('wasm'));
  expect(matching.length).toBeGreaterThan(0);
  await page.goto('/features/');
  await page.getByLabel('Filter features').fill('Wasm');
  await expect(page).toHaveURL(/\?q=Wasm$/);
  await expect(visibleRows(page)).toHaveCount(matching.length);
  await expect(page.getByRole('status')).toHaveText(`Showing ${matching.length} of ${features.length} features.`);
  await page.getByLabel('Filter features').fill('');

  await page.getByRole('checkbox', { name: 'Observability' }).uncheck();
  await page.getByRole('checkbox', { name: 'Protocols' }).uncheck();
  await page.getByRole('checkbox', { name: 'No mesh' }).uncheck();
  await page.getByRole('checkbox', { name: 'Only differences' }).check();
  await expect(page).toHaveURL(/\?m=istio-sidecar,istio-ambient,cilium,linkerd&cat=security,traffic,resilience,platform&diff=1$/);
  await expect(page.locator('tbody[data-category="observability"]')).toBeHidden();
  await expect(page.locator('th[data-mesh="no-mesh"]')).toBeHidden();
  const shown = await visibleRows(page).count();
  expect(shown).toBeGreaterThan(0);

  // Every shown row differs among the shown meshes; reloading the URL gives the same view.
  for (const row of await visibleRows(page).all()) {
    const signatures = await row.locator('td[data-mesh]:visible').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['signature']));
    expect(new Set(signatures).size).toBeGreaterThan(1);
  }
  await page.reload();
  await expect(visibleRows(page)).toHaveCount(shown);
  await expect(page.getByRole('checkbox', { name: 'Only differences' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Observability' })).not.toBeChecked();

  await page.getByRole('link', { name: 'Show everything' }).click();
  await expect(visibleRows(page)).toHaveCount(45);
});

test('without JavaScript a cell links to its details on the feature page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/features/');
  // The controls need the script, so they are not offered; the whole matrix is there.
  await expect(page.getByRole('group', { name: 'Feature matrix controls' })).toBeHidden();
  await expect(page.locator('tr[data-feature]:visible')).toHaveCount(45);
  await page.locator('td#circuit-breaking-linkerd a.cell-link').click();
  await expect(page).toHaveURL(/\/features\/circuit-breaking\/#circuit-breaking-linkerd$/);
  await expect(page.locator('tr#circuit-breaking-linkerd')).toBeInViewport();
  await expect(page.locator('tr#circuit-breaking-linkerd a[href^="https://"]').first()).toBeVisible();
  await context.close();
});

test('a filter that matches nothing says so', async ({ page }) => {
  await page.goto('/features/?q=zzzz-nothing');
  await expect(visibleRows(page)).toHaveCount(0);
  await expect(page.getByText('No feature matches these filters.')).toBeVisible();
});

test('the matrix can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/features/');
  const search = page.getByLabel('Filter features');
  await search.focus();
  await page.keyboard.type('mtls');
  await expect(visibleRows(page).first()).toBeVisible();
  const count = await visibleRows(page).count();
  expect(count).toBeLessThan(45);
  // Tab to the first mesh checkbox and untick it with Space.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Istio sidecar' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('th[data-mesh="istio-sidecar"]')).toBeHidden();
  await expect(page).toHaveURL(/m=istio-ambient,cilium,linkerd,no-mesh/);
  // Open a cell's details with Enter and close them with Escape.
  const cell = page.locator('tr#mtls td#mtls-cilium a.cell-link');
  await cell.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: /Cilium.*Mutual TLS/ });
  await expect(details).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
});

test('a feature page shows every mesh with sources and links to the comparisons where it differs', async ({ page, request }) => {
  const { meshes, features } = await getJson<FeaturesExport>(request, '/data/features.json');
  const feature = features.find((f) => f.id === 'circuit-breaking')!;
  await page.goto('/features/');
  await page.getByRole('link', { name: 'Circuit breaking and outlier detection', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Circuit breaking and outlier detection');
  for (const mesh of meshes) {
    await expect(page.locator(`tr#circuit-breaking-${mesh.id} [data-level]`)).toHaveAttribute('data-level', feature.support[mesh.id]!.level);
  }
  const comparison = page.getByRole('region', { name: 'Comparisons where it differs' }).getByRole('link').first();
  const href = (await comparison.getAttribute('href'))!;
  expect(href).toMatch(/^\/compare\/[a-z-]+-vs-[a-z-]+\/#circuit-breaking$/);
  await comparison.click();
  await expect(page.locator('tr#circuit-breaking')).toBeInViewport();
});

test('the matrix page loads no chart code and little JavaScript', async ({ page }) => {
  const scripts: { url: string; bytes: number }[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto('/features/', { waitUntil: 'networkidle' });
  expect(scripts.filter((s) => /chart/i.test(s.url))).toEqual([]);
  // Uncompressed; the gzip budget (8 KB for interactive pages) is checked by `npm run bench`.
  expect(scripts.reduce((n, s) => n + s.bytes, 0)).toBeLessThan(16_000);
  // The cell-details code waits for the first click on a cell.
  expect(scripts.filter((s) => /matrixDetails/.test(s.url))).toEqual([]);
  await page.locator('#mtls-cilium a.cell-link').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(scripts.filter((s) => /matrixDetails/.test(s.url))).toHaveLength(1);
});
