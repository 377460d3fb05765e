import { expect, test } from '@playwright/test';
import { allPairs, escapeRegExp, features, meshesProper, need, rareWord, siteDir } from './helpers';
import { builtPages } from '../../scripts/lib/builtSite';

test('the guides index lists every guide, each a page with sources and links into the atlas', async ({ page }) => {
  const guides = builtPages(siteDir()).filter((path) => /^\/guides\/[^/]+\/$/.test(path));
  need(guides, 'guide');
  await page.goto('/guides/');
  const links = page.getByRole('main').getByRole('heading', { level: 2 }).getByRole('link');
  const listed = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
  expect([...listed].sort()).toEqual([...guides].sort());
  await links.first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(listed[0]!)}$`));
  for (const guide of guides) {
    await page.goto(guide);
    await expect(page.getByRole('heading', { level: 1 }), guide).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Sources' }), guide).toBeVisible();
    expect(await page.locator('main .prose-atlas a[href^="/"]').count(), `${guide} links to the atlas`).toBeGreaterThan(0);
  }
});

test('the chooser excludes meshes that lack a required feature and keeps its answers in the URL', async ({ page, request }) => {
  const data = await features(request);
  const meshes = meshesProper(data);
  // A feature some meshes lack ("none") and others have in some form.
  const feature = need(
    data.features.find((f) => meshes.some((m) => f.support[m.id]!.level === 'none') && meshes.some((m) => f.support[m.id]!.level !== 'none')),
    'feature that some meshes lack and others support',
  );
  const lacking = meshes.filter((m) => feature.support[m.id]!.level === 'none');
  const rest = meshes.filter((m) => !lacking.includes(m));
  await page.goto(`/choose/?need=${feature.id}&services=40`);
  const recommended = page.locator('[data-recommended]');
  const meshesIn = (list: typeof recommended) => list.locator('li[data-mesh]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['mesh']!));
  await expect(recommended.locator('li[data-mesh]')).toHaveCount(rest.length);
  expect((await meshesIn(recommended)).sort()).toEqual(rest.map((m) => m.id).sort());
  expect((await meshesIn(page.locator('[data-excluded]'))).sort()).toEqual(lacking.map((m) => m.id).sort());
  for (const mesh of lacking) {
    const excluded = page.locator(`[data-excluded] li[data-mesh="${mesh.id}"]`);
    await expect(excluded.getByRole('link', { name: `No support for ${feature.name}` })).toHaveAttribute('href', `/features/#${feature.id}-${mesh.id}`);
  }
  await expect(page.getByLabel('Services')).toHaveValue('40');
  // The one-line result above the questions names the first recommended mesh and the excluded ones.
  const first = await recommended.locator('li[data-mesh] > a').first().textContent();
  await expect(page.locator('[data-summary]')).toContainText(`best first ${first}`);
  await expect(page.locator('[data-summary]')).toContainText(`excluded (${lacking.map((m) => m.shortName).join(', ')})`);

  await page.getByLabel('Our nodes are memory-bound (GPU or small nodes)').check();
  await expect(page).toHaveURL(new RegExp(`\\?need=${feature.id}&services=40&memory=1$`));
  const ranking = await meshesIn(recommended);
  await page.reload();
  await expect(page.getByLabel('Our nodes are memory-bound (GPU or small nodes)')).toBeChecked();
  await expect(recommended.locator('li[data-mesh]')).toHaveCount(ranking.length);
  expect(await meshesIn(recommended)).toEqual(ranking);
});

test('the chooser asks which project a team runs, from the mesh files, and favours its meshes', async ({ page, request }) => {
  const projects = [...new Map(meshesProper(await features(request)).flatMap((m) => (m.project && m.projectName ? [[m.project, m.projectName] as const] : []))).entries()];
  const [project, name] = need(projects[0], 'a mesh with a project');
  await page.goto('/choose/');
  const select = page.getByLabel('The mesh we run today');
  await expect(select.locator('option')).toHaveCount(projects.length + 1);
  await select.selectOption(project);
  await expect(page).toHaveURL(new RegExp(`\\?runs=${project}$`));
  await expect(page.locator('[data-recommended]').getByRole('link', { name: `You already run ${name}: no migration between meshes` }).first()).toBeVisible();
  // Links made before `runs=` said ?<project>=1; they still read the same.
  await page.goto(`/choose/?${project}=1`);
  await expect(select).toHaveValue(project);
  // Each constraint question is a feature's: ticking one requires that feature.
  const constraint = page.locator('[data-constraint]').first();
  const flag = (await constraint.getAttribute('data-constraint'))!;
  await constraint.check();
  await expect(page).toHaveURL(new RegExp(`\\?${flag}=1&runs=${project}$`));
});

test('the chooser suggests no mesh for eight services', async ({ page }) => {
  await page.goto('/choose/?services=8');
  await expect(page.locator('[data-no-mesh]')).toHaveAttribute('data-suggested', 'true');
  await expect(page.locator('[data-no-mesh]')).toContainText('Consider running no mesh at all.');
  await expect(page.locator('[data-summary]')).toContainText('consider running no mesh at all');
});

test('Ctrl+K opens search, which finds a mesh by a word from its profile', async ({ page, request }) => {
  // Two meshes, each with a word from its own profile that few pages contain (the dialog shows 8
  // results) and the other's profile does not, so the second search must replace the first's results.
  const [first, second] = meshesProper(await features(request));
  need(second, 'two meshes proper');
  const profile = (id: string) => `/meshes/${id}/`;
  const searches = [
    [first!, second!],
    [second!, first!],
  ].map(([mesh, other]) => ({ mesh: mesh!, ...rareWord(profile(mesh!.id), { limit: 8, where: (pages) => !pages.has(profile(other!.id)) }) }));
  await page.goto('/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search Mesh Atlas' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: 'Search Mesh Atlas' });
  await expect(input).toBeFocused();
  for (const { mesh, word } of searches) {
    await input.fill(word);
    await expect(dialog.locator(`a[href="${profile(mesh.id)}"]`), `"${word}" finds ${mesh.id}`).toBeVisible();
  }
  // Keyboard: arrow down into the results, Enter follows the link.
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('a:focus')).toHaveCount(1);
});

test('/search/?q= is linkable and filters by type and mesh', async ({ page, request }) => {
  const data = await features(request);
  const mesh = meshesProper(data)[0]!;
  const pairs = allPairs(data.meshes.map((m) => m.id));
  const withMesh = new Set(pairs.filter(({ a, b }) => a === mesh.id || b === mesh.id).map((p) => p.path));
  const withoutMesh = new Set(pairs.filter(({ a, b }) => a !== mesh.id && b !== mesh.id).map((p) => p.path));
  // A word on the mesh's profile, on one of its comparisons and on a comparison of two other meshes.
  const { word } = rareWord(`/meshes/${mesh.id}/`, {
    limit: 20,
    where: (pages) => [...pages].some((p) => withMesh.has(p)) && [...pages].some((p) => withoutMesh.has(p)),
  });
  const hrefs = () => page.locator('[data-results] a').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));

  await page.goto(`/search/?q=${word}&type=mesh`);
  await expect(page.locator('[data-results] a').first()).toBeVisible();
  expect((await hrefs()).every((h) => h.startsWith('/meshes/'))).toBe(true);
  expect(await hrefs()).toContain(`/meshes/${mesh.id}/`);

  await page.getByLabel('Type').selectOption('comparison');
  await expect(page).toHaveURL(new RegExp(`\\?q=${word}&type=comparison$`));
  await expect.poll(async () => (await hrefs()).some((h) => withoutMesh.has(h)), `"${word}" finds a comparison without ${mesh.id}`).toBe(true);
  expect((await hrefs()).every((h) => h.startsWith('/compare/'))).toBe(true);

  await page.getByRole('search').getByLabel(/^Mesh/).selectOption(mesh.shortName);
  await expect(page).toHaveURL(new RegExp(`\\?${escapeRegExp(new URLSearchParams({ q: word, type: 'comparison', mesh: mesh.shortName }).toString())}$`));
  await expect.poll(async () => {
    const found = await hrefs();
    return found.length > 0 && found.every((h) => withMesh.has(h));
  }, `only comparisons with ${mesh.id}`).toBe(true);
});

test('search code loads only when search is first used', async ({ page, request }) => {
  const { features: all } = await features(request);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/features/');
  expect(requests.some((u) => u.includes('/pagefind/'))).toBe(false);
  expect(requests.filter((u) => /searchClient/.test(u))).toEqual([]); // the dialog's own search code waits too
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('searchbox', { name: 'Search Mesh Atlas' }).fill(all[0]!.name);
  await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});
