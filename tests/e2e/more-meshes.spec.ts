/**
 * Runs only against the second site (project "more-meshes" in playwright.config.ts): the real
 * content plus two meshes made with `npm run new:mesh` and filled in, built with no code change.
 * The compare, matrix and chooser/search specs run against it too; this one checks what is
 * specific to having more meshes than the real site.
 */
import { expect, test } from '@playwright/test';
import { EXTRA_MESHES } from '../../scripts/lib/moreMeshesFixture';
import { builtPages } from '../../scripts/lib/builtSite';
import { allPairs, features, getJson, meshesProper, siteDir } from './helpers';

const extra = EXTRA_MESHES.map((m) => m.id);

test('the exports and their schema take the new meshes and their projects', async ({ request }) => {
  const data = await features(request);
  expect(data.meshes.map((m) => m.id)).toEqual(expect.arrayContaining(extra));
  // At least a sixth and a seventh mesh: the real site's four and the baseline, plus the two added.
  expect(meshesProper(data).length).toBeGreaterThanOrEqual(6);
  for (const { id, name } of EXTRA_MESHES) {
    const mesh = data.meshes.find((m) => m.id === id)!;
    expect([mesh.project, mesh.projectName]).toEqual([id, name]);
    for (const feature of data.features) expect(feature.support[id], `${feature.id} for ${id}`).toBeDefined();
  }
  const schema = JSON.stringify(await getJson<unknown>(request, '/data/schema/features.schema.json'));
  for (const id of extra) expect(schema).toContain(`"${id}"`);
});

test('the matrix has a column and an anchored cell for each new mesh, and every pair (21 for seven meshes) has a page', async ({ page, request }) => {
  const data = await features(request);
  await page.goto('/features/');
  const heads = await page.locator('thead th[data-mesh]').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset['mesh']!));
  expect(heads).toHaveLength(data.meshes.length);
  expect(heads).toEqual(expect.arrayContaining(extra));
  const first = data.features[0]!;
  for (const id of extra) await expect(page.locator(`td#${first.id}-${id}`)).toHaveAttribute('data-signature', new RegExp(`^${first.support[id]!.level}`));
  const pairs = allPairs(data.meshes.map((m) => m.id));
  expect(pairs).toHaveLength((data.meshes.length * (data.meshes.length - 1)) / 2);
  expect(pairs.length).toBeGreaterThanOrEqual(21);
  expect(builtPages(siteDir()).filter((p) => /^\/compare\/[^/]+-vs-[^/]+\/$/.test(p)).sort()).toEqual(pairs.map((p) => p.path).sort());
});

test('/compare/ starts with four of the six or more meshes chosen, as its legend says', async ({ page }) => {
  await page.goto('/compare/');
  await expect(page.getByText(/choose 2 to 4/i).first()).toBeVisible();
  const checked = page.locator('input[data-control="m"]:checked');
  await expect(checked).toHaveCount(4);
});

test('the chooser ranks or excludes every mesh and offers each project', async ({ page, request }) => {
  const data = await features(request);
  await page.goto(`/choose/?need=${data.features[0]!.id}`);
  const listed = page.locator('[data-recommended] li[data-mesh], [data-excluded] li[data-mesh]');
  await expect(listed).toHaveCount(meshesProper(data).length);
  for (const { name } of EXTRA_MESHES) await expect(page.getByLabel('The mesh we run today').locator('option', { hasText: name })).toHaveCount(1);
});

test('search finds the new meshes by words only their profiles have', async ({ page }) => {
  await page.goto('/search/?q=fixture&type=mesh');
  const hrefs = () => page.locator('[data-results] a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  await expect.poll(async () => (await hrefs()).filter((h) => extra.some((id) => h.startsWith(`/meshes/${id}/`))).length).toBe(2);
});

test('a source of the new project carries its vendor mark by the name its mesh file gives', async ({ page }) => {
  const { id, name } = EXTRA_MESHES[0];
  await page.goto(`/sources/#${id}-docs`);
  await expect(page.locator(`li#${id}-docs .tag-vendor`)).toHaveText(`vendor: ${name}`);
});

test('an unchecked cell is marked stale in the matrix, in words, and counted on its mesh page', async ({ page, request }) => {
  const data = await features(request);
  const stale = data.features.flatMap((f) => extra.filter((id) => f.support[id]!.stale).map((id) => ({ feature: f, id })));
  expect(stale.length).toBeGreaterThan(0);
  const { feature, id } = stale[0]!;
  await page.goto('/features/');
  const mark = page.locator(`td#${feature.id}-${id} [data-stale]`);
  await expect(mark).toHaveText(/stale/);
  await expect(mark).toHaveAttribute('title', 'never checked');
  // Cells that are not stale carry no mark.
  await expect(page.locator('td.matrix-cell [data-stale]')).toHaveCount(data.features.reduce((n, f) => n + Object.values(f.support).filter((c) => c.stale).length, 0));
  await page.goto(`/meshes/${id}/`);
  const count = stale.filter((s) => s.id === id).length;
  await page.getByRole('link', { name: `${count} of ${data.features.length} cells are stale` }).click();
  await expect(page).toHaveURL(new RegExp(`/quality/cells/#stale-${id}$`));
  await expect(page.locator(`#stale-${id} + ul li`)).toHaveCount(count);
});
