import { expect, test } from '@playwright/test';
import { getJson, type FeaturesExport } from './helpers';
import { builtRedirects } from './site';

const fourMeshes = ['cilium', 'istio-ambient', 'istio-sidecar', 'linkerd'];

test('every pair of meshes has exactly one comparison page, and its reverse redirects to it', async ({ page, request }) => {
  const { meshes } = await getJson<FeaturesExport>(request, '/data/features.json');
  const ids = meshes.map((m) => m.id);
  for (const id of fourMeshes) expect(ids).toContain(id);
  const redirects = builtRedirects();
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const [a, b] = [ids[i]!, ids[j]!].sort() as [string, string];
      const canonical = `/compare/${a}-vs-${b}/`;
      const reverse = `/compare/${b}-vs-${a}/`;
      expect((await request.get(canonical)).status(), canonical).toBe(200);
      expect(redirects.get(reverse), `${reverse} redirects`).toBe(canonical);
    }
  }
  // A visitor following the reverse link ends on the canonical page.
  await page.goto('/compare/linkerd-vs-cilium/');
  await expect(page).toHaveURL(/\/compare\/cilium-vs-linkerd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cilium (service mesh) vs Linkerd');
});

test('a comparison leads with the differences, each linkable, with reasons and sources', async ({ page, request }) => {
  const { features } = await getJson<FeaturesExport>(request, '/data/features.json');
  const differing = features.filter((f) => f.support['cilium']!.level !== f.support['istio-ambient']!.level);
  await page.goto('/compare/cilium-vs-istio-ambient/');
  const table = page.getByRole('table', { name: /Features where/ });
  for (const feature of differing) {
    const row = table.locator(`tr#${feature.id}`);
    await expect(row, feature.id).toHaveCount(1);
    await expect(row.locator('[data-level]').first()).toHaveAttribute('data-level', feature.support['cilium']!.level);
  }
  const first = await page.locator('main section').first().getByRole('heading').textContent();
  expect(first).toBe('Where they differ');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /differ on \d+ of \d+ features/);
});

test('the /compare/ selection lives in the URL and round-trips', async ({ page }) => {
  await page.goto('/compare/?m=cilium,linkerd');
  const matrix = page.getByRole('region', { name: 'Comparison' });
  await expect(matrix.locator('thead th[data-mesh]:visible')).toHaveCount(2);
  await expect(page.getByRole('checkbox', { name: 'Linkerd' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Istio ambient' })).not.toBeChecked();
  // With two chosen, the last two cannot be unticked; ticking more stops at four.
  await expect(page.getByRole('checkbox', { name: 'Cilium', exact: true })).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Istio ambient' }).check();
  await expect(page).toHaveURL(/\?m=istio-ambient,cilium,linkerd$/); // columns keep the table's order
  await page.getByRole('checkbox', { name: 'Istio sidecar' }).check();
  await expect(page.getByRole('checkbox', { name: 'No mesh' })).toBeDisabled();
  // The URL reproduces the view.
  const url = page.url();
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByRole('region', { name: 'Comparison' }).locator('thead th[data-mesh]:visible')).toHaveCount(4);
});

test('without JavaScript /compare/ shows every mesh', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/compare/?m=cilium,linkerd');
  await expect(page.getByRole('region', { name: 'Comparison' }).locator('thead th[data-mesh]:visible')).toHaveCount(5);
  await context.close();
});
