/**
 * Freshness as a visitor meets it: the changes page lists every recorded change and filters by the
 * URL; the quality scoreboard's every number is what a recount of /data/features.json gives; the
 * lifecycle page shows each release's status on the build date; cells show their history in the
 * matrix dialog and on feature pages; the home page shows the latest changes.
 */
import { expect, test } from '@playwright/test';
import { changes, features, lifecycle, need, type FeaturesExport } from './helpers';

const PRIMARY = new Set(['docs', 'repository', 'release-notes', 'issue', 'conformance-report']);

/**
 * The scoreboard recomputed from the export, written here apart from the site's code: per mesh and
 * overall, cells by evidence class, checked against the reviewed release, stale, unknown.
 */
function recount(data: FeaturesExport) {
  const sources = new Map(data.sources.map((s) => [s.url, s]));
  // Release lines: 1.20.0 and 1.20.2 are the same line (the site's staleness policy).
  const plain = (v: string) => v.split('.').map(Number).concat([0, 0]).slice(0, 2).join('.');
  const rows = new Map<string, Record<string, number>>();
  const add = (scope: string, measure: string) => {
    const row = rows.get(scope) ?? {};
    row[measure] = (row[measure] ?? 0) + 1;
    rows.set(scope, row);
  };
  for (const mesh of data.meshes) {
    for (const feature of data.features) {
      const cell = feature.support[mesh.id]!;
      const cited = cell.sources.map((url) => sources.get(url)!);
      const evidence = cited.length === 0 ? 'no-source' : cited.some((s) => PRIMARY.has(s.kind)) ? 'primary' : cited.some((s) => s.vendor) ? 'vendor-only' : 'third-party-only';
      const measures = ['total', evidence];
      if (cell.verifiedAgainst && plain(cell.verifiedAgainst) === plain(mesh.versionReviewed)) measures.push('verified-current');
      if (cell.stale) measures.push('stale');
      if (cell.level === 'unknown') measures.push('unknown');
      for (const m of measures) {
        add(mesh.id, m);
        add('all', m);
      }
    }
  }
  return rows;
}

test('every count on /quality/ is what a recount of /data/features.json gives', async ({ page, request }) => {
  const data = await features(request);
  const expected = recount(data);
  await page.goto('/quality/');
  const table = page.locator('table[data-quality]');
  await expect(table.locator('tbody tr')).toHaveCount(data.meshes.length + 1);
  let checked = 0;
  for (const [scope, counts] of expected) {
    const row = table.locator(`tr[data-scope="${scope}"]`);
    await expect(row.locator('[data-total]')).toHaveText(String(counts['total']));
    for (const cell of await row.locator('td[data-measure]').all()) {
      const measure = (await cell.getAttribute('data-measure'))!;
      const count = counts[measure] ?? 0;
      expect(Number(await cell.getAttribute('data-count')), `${scope} ${measure}`).toBe(count);
      const shown = (await cell.innerText()).split('\n')[0]!.replace(/\s*\(.*$/, '').trim();
      const share = `${Math.round((count / counts['total']!) * 100)} %`;
      expect([String(count), share], `${scope} ${measure} shows ${shown}`).toContain(shown);
      checked++;
    }
  }
  expect(checked).toBe((data.meshes.length + 1) * 7);
  // A number links to the cells behind it, and the list there has that many cells.
  const link = table.locator('tr[data-scope="all"] td[data-measure="primary"] a');
  await link.click();
  await expect(page).toHaveURL(/\/quality\/cells\/#primary$/);
  await expect(page.getByRole('heading', { level: 2, name: `Primary source: ${expected.get('all')!['primary']}` })).toBeVisible();
  const first = need(data.meshes[0], 'a mesh');
  await expect(page.locator(`#primary-${first.id} + ul li`)).toHaveCount(expected.get(first.id)!['primary'] ?? 0);
});

test('the changes page lists every recorded change, each linked to its cell, newest day first', async ({ page, request }) => {
  const { changes: all } = await changes(request);
  expect(all.length).toBeGreaterThan(0);
  await page.goto('/changes/');
  const items = page.locator('[data-change]');
  await expect(items).toHaveCount(all.length);
  expect(await items.evaluateAll((els) => els.map((e) => e.id))).toStrictEqual(all.map((c) => c.id));
  for (const change of all.slice(0, 5)) await expect(page.locator(`li#${change.id} a[href="${change.page}"]`)).toHaveCount(1);
  await expect(page.getByRole('status')).toHaveText(`Showing all ${all.length} changes.`);
  const days = await page.locator('[data-batch][data-date]:not([data-date=""])').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['date']!));
  expect(days).toStrictEqual([...days].sort().reverse());
});

test('the changes page filters by mesh and date from the URL and the form, and refuses a bad date', async ({ page, request }) => {
  const { changes: all } = await changes(request);
  const { meshes } = await features(request);
  const mesh = need(meshes.find((m) => all.some((c) => c.mesh === m.id)), 'a mesh with changes');
  await page.goto(`/changes/?mesh=${mesh.id}`);
  const visible = page.locator('[data-change]:visible');
  await expect(visible).toHaveCount(all.filter((c) => c.mesh === mesh.id).length);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^Showing ${all.filter((c) => c.mesh === mesh.id).length} of ${all.length} changes to ${mesh.shortName}\\.$`));
  // The form writes the date into the URL, and a date filter leaves undated changes out.
  const dates = [...new Set(all.flatMap((c) => (c.date ? [c.date] : [])))].sort();
  const since = dates.at(-1)!;
  await page.getByLabel('Mesh', { exact: true }).selectOption('');
  await page.getByLabel('Changed since').fill(since);
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(new RegExp(`/changes/\\?since=${since}$`));
  await expect(visible).toHaveCount(all.filter((c) => c.date && c.date >= since).length);
  await page.goBack();
  await expect(visible).toHaveCount(all.filter((c) => c.mesh === mesh.id).length);
  await page.goto('/changes/?since=2026-02-30&mesh=no-such-mesh');
  await expect(visible).toHaveCount(all.length);
  await expect(page.getByText('“2026-02-30” is not a date written YYYY-MM-DD, so every date is shown.')).toBeVisible();
});

test('the feed is discoverable from every page and served as Atom', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/changes.xml');
  const response = await request.get('/changes.xml');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  expect(await response.text()).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
});

test('a cell with a history shows its timeline in the matrix dialog and on its feature page', async ({ page, request }) => {
  const data = await features(request);
  const found = data.features.flatMap((f) => data.meshes.map((m) => ({ feature: f, mesh: m, cell: f.support[m.id]! }))).find((x) => x.cell.history.length > 1);
  const { feature, mesh, cell } = need(found, 'a cell with two history entries');
  await page.goto(`/features/#${feature.id}-${mesh.id}`);
  const dialog = page.getByRole('dialog', { name: `${mesh.name} · ${feature.name}`, exact: true });
  await expect(dialog).toBeVisible();
  const lines = dialog.locator('[data-history-list] li');
  await expect(lines).toHaveCount(cell.history.length);
  for (const entry of cell.history) await expect(lines.filter({ hasText: entry.reason })).toHaveCount(1);
  await expect(dialog.getByText(cell.verified ? /^Verified .* against / : 'Not yet checked against a release')).toBeVisible();
  await page.goto(`/features/${feature.id}/`);
  const row = page.locator(`tr#${feature.id}-${mesh.id}`);
  await row.getByText(`History (${cell.history.length} changes)`).click();
  await expect(row.locator('details > ol > li')).toHaveCount(cell.history.length);
});

test('the lifecycle page shows each project’s releases with their status on the build date', async ({ page, request }) => {
  const data = await lifecycle(request);
  expect(data.projects.length).toBeGreaterThan(0);
  await page.goto('/lifecycle/');
  for (const project of data.projects) {
    const section = page.locator(`section:has(> h2#${project.project})`);
    await expect(section.getByRole('heading', { level: 2, name: project.projectName })).toBeVisible();
    const rows = section.locator('tr[data-release]');
    await expect(rows).toHaveCount(project.releases.length);
    for (const release of project.releases) {
      const row = section.locator(`tr[data-release="${release.version}"]`);
      await expect(row).toHaveAttribute('data-status', release.status);
      await expect(row).toContainText({ supported: 'Supported', ended: 'Support ended', 'no-date': 'No end date published' }[release.status]);
      for (const url of release.sources) await expect(row.locator(`a[href="${url}"]`)).toHaveCount(1);
      if (release.endOfSupport && release.status !== 'no-date') expect(release.status).toBe(data.asOf > release.endOfSupport ? 'ended' : 'supported');
    }
  }
  // A mesh page carries its project's lifecycle, linked to this page.
  const project = data.projects[0]!;
  await page.goto(`/meshes/${project.meshes[0]}/`);
  await expect(page.getByRole('heading', { level: 2, name: 'Releases and support' })).toBeVisible();
  const section = page.locator('section:has(> h2#lifecycle)');
  await expect(section.locator(`a[href="/lifecycle/#${project.project}"]`)).toHaveCount(1);
  await expect(section.locator('tr[data-release]')).toHaveCount(project.releases.length);
});

test('the home page shows the latest changes and the data-quality headline', async ({ page, request }) => {
  const { changes: all } = await changes(request);
  const data = await features(request);
  const dated = all.filter((c) => c.date);
  await page.goto('/');
  const recent = page.locator('section:has(#changed-recently) li');
  await expect(recent).toHaveCount(Math.min(5, dated.length));
  await expect(recent.first().locator(`a[href="${dated[0]!.page}"]`)).toHaveCount(1);
  const cells = data.features.length * data.meshes.length;
  await expect(page.locator('[data-quality-headline]')).toContainText(`Of ${cells} support cells,`);
});

test('search finds the lifecycle page under its own type, and only it', async ({ page, request }) => {
  const data = await lifecycle(request);
  // A word every lifecycle section has: the name of a project with lifecycle facts.
  const project = need(data.projects[0], 'a project with lifecycle facts');
  await page.goto(`/search/?q=${encodeURIComponent(`${project.projectName} support`)}&type=lifecycle`);
  const links = page.locator('[data-results] a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.every((h) => h.startsWith('/lifecycle/'))).toBe(true);
});
