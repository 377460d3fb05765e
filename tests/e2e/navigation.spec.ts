import { expect, test } from '@playwright/test';
import { benchmarks, collectErrors, features, leadingNumber, need } from './helpers';

test('every mesh profile is reachable by following links from the home page', async ({ page, request }) => {
  const { meshes } = await features(request);
  need(meshes, 'mesh');
  for (const mesh of meshes) {
    await page.goto('/');
    await page.getByRole('region', { name: 'Meshes' }).getByRole('link', { name: mesh.name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/meshes/${mesh.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(mesh.name);
  }
});

test('a mesh profile lists a support cell for every feature, each linkable', async ({ page, request }) => {
  const { meshes, features: all } = await features(request);
  for (const mesh of meshes) {
    await page.goto(`/meshes/${mesh.id}/`);
    const expected = Object.fromEntries(all.map((f) => [`${f.id}-${mesh.id}`, f.support[mesh.id]!.level]));
    // Each feature's row once, anchored `#<feature>-<mesh>`, showing the exported level.
    const rows = await page.locator('main tr[id]').evaluateAll((trs) => trs.map((tr) => [tr.id, tr.querySelector('[data-level]')?.getAttribute('data-level') ?? null] as const));
    const cells = rows.filter(([id]) => id in expected);
    expect(cells.length, `${mesh.id}: one row per feature`).toBe(all.length);
    expect(Object.fromEntries(cells), mesh.id).toEqual(expected);
  }
  // A link to the last cell scrolls to it.
  const [mesh] = meshes;
  const last = all.at(-1)!;
  await page.goto(`/meshes/${mesh!.id}/#${last.id}-${mesh!.id}`);
  await expect(page.locator(`tr#${last.id}-${mesh!.id}`)).toBeInViewport();
});

test('each study page shows its numbers as tables that match the export', async ({ page, request }) => {
  const { studies } = await benchmarks(request);
  const { meshes } = await features(request);
  const shortName = (id: string) => meshes.find((m) => m.id === id)?.shortName ?? id;
  need(studies, 'benchmark study');
  for (const study of studies) {
    await page.goto('/benchmarks/');
    await page.getByRole('region', { name: 'All studies' }).getByRole('link', { name: study.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/benchmarks/${study.id}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(study.title);
    await expect(page.getByRole('heading', { name: 'Test conditions' })).toBeVisible();
    for (const metric of new Set(study.results.map((r) => r.metric))) {
      const results = study.results.filter((r) => r.metric === metric);
      const table = page.locator(`table#${metric}`);
      await expect(table.locator('tbody tr'), `${study.id} ${metric}`).toHaveCount(results.length);
      // Row by row: the mesh's name and its value as published (the table's first number column).
      const shown = await table.locator('tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({ mesh: tr.querySelector('th')!.textContent!.trim(), value: tr.querySelector('td.num')!.textContent! })),
      );
      const actual = shown.map((row) => `${row.mesh}: ${leadingNumber(row.value)}`).sort();
      expect(actual, `${study.id} ${metric}`).toEqual(results.map((r) => `${shortName(r.mesh)}: ${r.value}`).sort());
    }
  }
});

test('sources page anchors every cited source and marks vendor-authored ones', async ({ page, request }) => {
  const { meshes, sources } = await features(request);
  await page.goto(`/meshes/${meshes[0]!.id}/`);
  const citation = page.locator('a[href^="/sources/#"]').first();
  const href = (await citation.getAttribute('href'))!;
  await citation.click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator(`li#${href.split('#')[1]}`)).toBeInViewport();
  // A vendor's source carries a tag naming the vendor; an independent one carries none.
  const vendor = need(sources.filter((s) => s.vendorOf.length > 0).at(-1), 'source written by a vendor');
  await page.goto(`/sources/#${vendor.id}`);
  await expect(page.locator(`li#${vendor.id}`)).toBeInViewport();
  await expect(page.locator(`li#${vendor.id} .tag-vendor`)).toHaveText(`vendor: ${vendor.vendorOf.map((p) => meshes.find((m) => m.project === p)!.projectName).join(', ')}`);
  const independent = need(sources.find((s) => s.vendorOf.length === 0), 'source not written by a vendor');
  await expect(page.locator(`li#${independent.id}`)).toHaveCount(1);
  await expect(page.locator(`li#${independent.id} .tag-vendor`)).toHaveCount(0);
});

test('pages load without console errors', async ({ page, request }) => {
  test.setTimeout(360_000);
  const { meshes } = await features(request);
  const { studies } = await benchmarks(request);
  const paths = ['/', '/benchmarks/', '/sources/', ...meshes.map((m) => `/meshes/${m.id}/`), ...studies.map((s) => `/benchmarks/${s.id}/`)];
  const errors = collectErrors(page);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
  }
  expect(errors).toEqual([]);
});

test('an unknown URL gets the 404 page with ways back', async ({ page, request }) => {
  const { meshes } = await features(request);
  const missing = `${meshes.map((m) => m.id).join('-')}-missing`; // no mesh has this id
  const response = await page.goto(`/meshes/${missing}/`);
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
