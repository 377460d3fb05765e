/**
 * Evidence as a visitor meets it: every stored conformance report on /conformance/, rows computed
 * from reports saying so and linking to their report, disputed cells marked in the matrix with both
 * sides in the dialog and on the feature page, the glossary linked from the text that uses its
 * terms, and every study of the export listed on /benchmarks/.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { allCells, benchmarks, features, need } from './helpers';

/** The report files the site was built from, found on disk apart from the site's code. */
function reportFiles(dir = 'content/conformance', prefix = ''): string[] {
  return readdirSync(join(dir, prefix)).flatMap((name) => {
    const path = prefix ? `${prefix}/${name}` : name;
    return statSync(join(dir, path)).isDirectory() ? reportFiles(dir, path) : path.endsWith('.yaml') ? [`content/conformance/${path}`] : [];
  });
}

test('/conformance/ shows every stored report with its profiles, and what changed since the one before', async ({ page }) => {
  const files = reportFiles();
  expect(files.length).toBeGreaterThan(0);
  await page.goto('/conformance/');
  const reports = page.locator('article[data-report]');
  await expect(reports).toHaveCount(files.length);
  expect((await reports.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-report')))).sort()).toEqual(files.sort());
  for (const report of await reports.all()) {
    await expect(report.locator('tr[data-profile]').first()).toBeVisible();
    await expect(report.getByRole('link', { name: 'report on GitHub' })).toHaveAttribute('href', /^https:\/\/github\.com\/kubernetes-sigs\/gateway-api\/blob\/main\/conformance\/reports\//);
  }
  // Every report but the oldest of its implementation says what changed since the previous one.
  await expect(page.locator('[data-report-changes]').first()).toContainText('Since');
});

test('a row computed from a report says so, links to the report, and the report is there', async ({ page, request }) => {
  const data = await features(request);
  const { feature, mesh, cell } = need(allCells(data).find(({ cell }) => cell.derivedFrom), 'a cell computed from a conformance report');
  const report = need(cell.derivedFrom, 'derivedFrom');
  expect(cell.sources[0]).toBe(report.report);
  expect(cell.verifiedAgainst).toBeTruthy();
  await page.goto(`/features/${feature.id}/`);
  const row = page.locator(`#${feature.id}-${mesh.id}`);
  const derived = row.locator('[data-derived]');
  await expect(derived).toContainText('Computed from');
  await expect(derived).toContainText(report.profile);
  await derived.getByRole('link').click();
  await expect(page).toHaveURL(/\/conformance\/#gateway-api-conformance-/);
  const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
  const article = page.locator(`article[id="${anchor}"]`);
  await expect(article).toBeInViewport();
  await expect(article.getByRole('link', { name: 'report on GitHub' })).toHaveAttribute('href', report.report);
});

test('a disputed cell is marked in the matrix; its dialog and its feature page give both sides', async ({ page, request }) => {
  const data = await features(request);
  const { feature, mesh, cell } = need(allCells(data).find(({ cell }) => cell.disputes.length > 0), 'a disputed cell');
  const dispute = cell.disputes[0]!;
  const claimant = need(data.sources.find((s) => s.url === dispute.source), 'the dispute’s source in the export');
  await page.goto('/features/');
  const chip = page.locator(`a.cell-link[data-feature="${feature.id}"][data-mesh-id="${mesh.id}"]`);
  await expect(chip.locator('[data-disputed]')).toHaveText(/disputed/);
  // Every disputed cell of the export is marked, and no other.
  const disputed = allCells(data).filter(({ cell }) => cell.disputes.length > 0).length;
  await expect(page.locator('a.cell-link [data-disputed]')).toHaveCount(disputed);
  await chip.click();
  const dialog = page.locator('dialog[data-dialog]');
  await expect(dialog).toBeVisible();
  const sides = dialog.locator('[data-disputes]');
  await expect(sides).toBeVisible();
  await expect(sides).toContainText(`${claimant.publisher} says:`);
  await expect(sides).toContainText(dispute.resolution);
  await page.keyboard.press('Escape');
  await page.goto(`/features/${feature.id}/`);
  const row = page.locator(`#${feature.id}-${mesh.id}`);
  await expect(row.locator('[data-cell-disputes]')).toContainText(claimant.publisher);
  await expect(row.locator('[data-cell-disputes]')).toContainText(dispute.resolution);
  await expect(row.locator('[data-cell-disputes]').getByRole('link', { name: claimant.title })).toHaveAttribute('href', dispute.source);
});

test('the glossary is linked from the text that first uses a term, and search finds it', async ({ page }) => {
  await page.goto('/glossary/');
  const entries = page.locator('[data-glossary-entry]');
  expect(await entries.count()).toBeGreaterThan(10);
  // A guide links a term's first use, once per term, to its entry.
  await page.goto('/guides/');
  const guide = need(await page.locator('main a[href^="/guides/"]').first().getAttribute('href'), 'a guide');
  await page.goto(guide);
  const links = page.locator('main a.glossary-term');
  expect(await links.count()).toBeGreaterThan(0);
  const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
  const bodyLinks = await page.locator('main .prose-atlas a.glossary-term').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('href')));
  expect(new Set(bodyLinks).size).toBe(bodyLinks.length);
  const first = links.first();
  const term = (await first.getAttribute('href'))!.split('#')[1]!;
  expect(hrefs.every((h) => h?.startsWith('/glossary/#'))).toBe(true);
  await first.click();
  await expect(page.locator(`h2[id="${term}"]`)).toBeInViewport();
  // Search covers the glossary as its own type: look up the first entry's term.
  await page.goto('/glossary/');
  const word = (await entries.first().locator('h2').innerText()).split(/\s+/)[0]!;
  await page.goto(`/search/?type=glossary&q=${encodeURIComponent(word)}`);
  await expect(page.locator('[data-results] a[href^="/glossary/"]').first()).toBeVisible({ timeout: 15_000 });
});

test('every study of the benchmarks export is listed on /benchmarks/, including those with no stored number', async ({ page, request }) => {
  const data = await benchmarks(request);
  await page.goto('/benchmarks/');
  for (const study of data.studies) await expect(page.locator(`main a[href="/benchmarks/${study.id}/"]`).first()).toBeVisible();
  const empty = need(data.studies.find((s) => s.results.length === 0), 'a study that states no number we could read');
  await page.goto(`/benchmarks/${empty.id}/`);
  await expect(page.locator('[data-no-results]')).toBeVisible();
});
