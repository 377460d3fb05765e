import { expect, test } from '@playwright/test';
import { collectErrors, getJson, type BenchmarksExport, type FeaturesExport } from './helpers';

test('every mesh profile is reachable by following links from the home page', async ({ page, request }) => {
  const { meshes } = await getJson<FeaturesExport>(request, '/data/features.json');
  expect(meshes.length).toBeGreaterThanOrEqual(5);
  for (const mesh of meshes) {
    await page.goto('/');
    await page.getByRole('region', { name: 'Meshes' }).getByRole('link', { name: mesh.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/meshes/${mesh.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mesh.name);
  }
});

test('a mesh profile lists a support cell for every feature, each linkable', async ({ page, request }) => {
  const { features } = await getJson<FeaturesExport>(request, '/data/features.json');
  await page.goto('/meshes/cilium/');
  for (const feature of features) {
    const row = page.locator(`tr#${feature.id}-cilium`);
    await expect(row).toHaveCount(1);
    await expect(row.locator('[data-level]')).toHaveAttribute('data-level', feature.support['cilium']!.level);
  }
  await page.goto('/meshes/cilium/#mtls-cilium');
  await expect(page.locator('tr#mtls-cilium')).toBeInViewport();
});

test('each study page shows its numbers as tables that match the export', async ({ page, request }) => {
  const { studies } = await getJson<BenchmarksExport>(request, '/data/benchmarks.json');
  expect(studies.length).toBeGreaterThanOrEqual(5);
  await page.goto('/benchmarks/');
  for (const study of studies) {
    await page.goto('/benchmarks/');
    await page.getByRole('region', { name: 'All studies' }).getByRole('link', { name: study.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(study.title);
    await expect(page.getByRole('heading', { name: 'Test conditions' })).toBeVisible();
    const metrics = [...new Set(study.results.map((r) => r.metric))];
    for (const metric of metrics) {
      const table = page.locator(`table#${metric}`);
      const rows = study.results.filter((r) => r.metric === metric);
      await expect(table.locator('tbody tr')).toHaveCount(rows.length);
    }
  }
});

test('the seed 3-node study shows p50 and p99 per mesh as published', async ({ page, request }) => {
  const { studies } = await getJson<BenchmarksExport>(request, '/data/benchmarks.json');
  const study = studies.find((s) => s.id === 'seed-3-node-latency')!;
  await page.goto(`/benchmarks/${study.id}/`);
  const p99 = page.locator('table#latency_p99_ms');
  // The seed's p99 row: no mesh 4.5, Istio sidecar 12.3, ambient 6.8, Cilium 5.1, Linkerd 6.2 ms.
  for (const value of ['4.5 ms', '12.3 ms', '6.8 ms', '5.1 ms', '6.2 ms']) {
    await expect(p99.getByRole('cell', { name: value, exact: true })).toHaveCount(1);
  }
});

test('sources page anchors every cited source and marks vendor-authored ones', async ({ page }) => {
  await page.goto('/meshes/istio-ambient/');
  const citation = page.locator('a[href^="/sources/#"]').first();
  const href = await citation.getAttribute('href');
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace('#', '#')}$`));
  const id = href!.split('#')[1]!;
  await expect(page.locator(`li#${id}`)).toBeInViewport();
  await page.goto('/sources/#istio-blog-ambient-vs-cilium');
  await expect(page.locator('li#istio-blog-ambient-vs-cilium .tag-vendor')).toHaveText('vendor: Istio');
});

test('pages load without console errors', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { meshes } = await getJson<FeaturesExport>(request, '/data/features.json');
  const { studies } = await getJson<BenchmarksExport>(request, '/data/benchmarks.json');
  const paths = ['/', '/benchmarks/', '/sources/', ...meshes.map((m) => `/meshes/${m.id}/`), ...studies.map((s) => `/benchmarks/${s.id}/`)];
  const errors = collectErrors(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  expect(errors).toEqual([]);
});

test('an unknown URL gets the 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/meshes/no-such-mesh/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
