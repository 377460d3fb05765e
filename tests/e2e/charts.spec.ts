import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/exports/csv';
import { baselineMesh, benchmarks, charts, features, leadingNumber, local, need, type ResultExport } from './helpers';
import { builtPages, readPage } from '../../scripts/lib/builtSite';

/** Counts canvas pixels that are not transparent: a drawn chart has thousands. */
const paintedPixels = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

/** The first chart in charts.json, with its study page and figure. */
async function firstChart(request: Parameters<typeof charts>[0]) {
  const chart = need((await charts(request)).charts[0], 'chart');
  return { chart, page: local(chart.page).split('#')[0]!, figure: `figure#chart-${chart.id}` };
}

test('every chart on every study page draws, and has a table with its numbers', async ({ page, request }) => {
  test.setTimeout(480_000);
  const studies = builtPages().filter((p) => /^\/benchmarks\/[^/]+\/$/.test(p));
  const found: string[] = [];
  for (const path of studies) {
    const expected = [...readPage(path).matchAll(/<figure id="(chart-[^"]+)"/g)].map((m) => m[1]!);
    if (!expected.length) continue;
    await page.goto(path);
    for (const id of expected) {
      const figure = page.locator(`figure#${id}`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
      // Drawing may animate: wait until the canvas holds a chart, not a blank.
      await expect.poll(() => paintedPixels(page, `figure#${id} canvas`), { message: `${path} ${id} is blank` }).toBeGreaterThan(2000);
      const spec = JSON.parse((await figure.locator('atlas-chart').getAttribute('data-spec'))!) as { labels: string[]; datasets: unknown[] };
      await expect(figure.locator('tbody tr')).toHaveCount(spec.labels.length);
      await expect(figure.locator('thead th')).toHaveCount(spec.datasets.length + 1);
      await expect(figure.locator('figcaption [data-conditions]')).not.toBeEmpty();
      await expect(figure.locator('p', { hasText: /^Source:/ }).first()).toBeVisible();
      found.push(`${path}#${id}`);
    }
  }
  // Every chart of charts.json is on its study page, and no other.
  const listed = (await charts(request)).charts.map((c) => local(c.page));
  need(listed, 'chart in charts.json');
  expect(found.sort()).toEqual(listed.sort());
});

test('Chart.js loads only when a chart nears the viewport, and never on pages without charts', async ({ page, request }) => {
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/chartRuntime/.test(request.url())) chartRequests.push(request.url());
  });
  await page.goto('/features/');
  await page.goto('/calculator/');
  expect(chartRequests).toEqual([]);
  // A mesh profile with a chart far below the fold.
  const { meshes } = await features(request);
  const profile = need(
    meshes.map((m) => `/meshes/${m.id}/`).find((path) => readPage(path).includes('<atlas-chart')),
    'mesh profile with a chart',
  );
  await page.goto(profile);
  // The chart's own observer reports once after the page starts; one made now reports in the same
  // round, after it. When this one says "not near", the chart's has decided not to load Chart.js.
  const near = await page.locator('atlas-chart').first().evaluate(
    (chart) =>
      new Promise<boolean>((resolve) => {
        const observer = new IntersectionObserver(
          (entries) => {
            observer.disconnect();
            resolve(entries.some((entry) => entry.isIntersecting));
          },
          { rootMargin: '300px' },
        );
        observer.observe(chart);
      }),
  );
  expect(near, `${profile}: the first chart should start far from the viewport`).toBe(false);
  expect(chartRequests).toEqual([]);
  await expect(page.locator('atlas-chart').first()).not.toHaveAttribute('data-drawn', 'true');
  await page.locator('atlas-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('atlas-chart').first()).toHaveAttribute('data-drawn', 'true');
  expect(chartRequests.length).toBe(1);
});

test('a chart redraws in the dark theme when the reader switches', async ({ page, request }) => {
  const { page: path, figure } = await firstChart(request);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(path);
  const chart = page.locator(figure);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
  const before = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
});

test('without JavaScript the chart tables show and the canvases do not', async ({ browser, request }) => {
  const { chart, page: path, figure } = await firstChart(request);
  const [header, ...rows] = parseCsv(await (await request.get(local(chart.csv))).text());
  const values = rows.map((row) => Number(row[header!.indexOf('value')]));
  need(values, `value in ${chart.csv}`);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await expect(page.locator('atlas-chart').first()).toBeHidden();
  await expect(page.locator(`${figure} table`)).toBeVisible();
  // The table shows every number of the chart's data.
  const shown = (await page.locator(`${figure} td.num`).allTextContents()).map(leadingNumber);
  for (const value of values) expect(shown.some((n) => n !== null && Math.abs(n - value) < 1e-4), `${chart.id}: ${value} in the table`).toBe(true);
  await context.close();
});

/** The calculator's formats: MB below 1,000 MB, else GB; milliseconds with up to two decimals. */
const memory = (mb: number) =>
  mb < 1000 ? `${mb.toLocaleString('en-US', { maximumFractionDigits: 1 })} MB` : `${(mb / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
const ms = (n: number) => `${n.toLocaleString('en-US', { maximumFractionDigits: 2 })} ms`;
const round = (n: number) => Math.round(n * 1000) / 1000;

test('the calculator reproduces the study arithmetic and keeps its inputs in the URL', async ({ page, request }) => {
  // The study the calculator names as its source of memory and latency figures, read from the page.
  const { studies } = await benchmarks(request);
  const linked = new Set([...readPage('/calculator/').matchAll(/href="\/benchmarks\/([^/"#]+)\/"/g)].map((m) => m[1]!));
  const study = need(
    studies.find((s) => linked.has(s.id) && s.results.some((r) => r.metric === 'memory_per_pod_mb')),
    'study with memory per pod linked from /calculator/',
  );
  const find = (mesh: string, metric: string) => study.results.find((r) => r.mesh === mesh && r.metric === metric && r.variant === 'default' && r.scenario === 'default');
  const base = baselineMesh(await features(request)).id;
  // A mesh with every figure, preferring one whose memory per pod is a range (so the range shows).
  const candidates = [...new Set(study.results.map((r) => r.mesh))]
    .filter((mesh) => mesh !== base)
    .map((mesh) => ({ mesh, pod: find(mesh, 'memory_per_pod_mb'), node: find(mesh, 'memory_per_node_mb'), p50: find(mesh, 'latency_p50_ms') }))
    .filter((c): c is { mesh: string; pod: ResultExport; node: ResultExport; p50: ResultExport } => Boolean(c.pod && c.node && c.p50));
  const chosen = need(candidates.find((c) => c.pod.range) ?? candidates[0], `mesh with memory per pod and per node and p50 latency in ${study.id}`);
  const baseP50 = need(find(base, 'latency_p50_ms'), `baseline p50 latency in ${study.id}`).value;
  const low = (r: ResultExport) => r.range?.min ?? r.value;
  const high = (r: ResultExport) => r.range?.max ?? r.value;
  const expectMemory = (pods: number, nodes: number) => {
    const value = round(pods * chosen.pod.value + nodes * chosen.node.value);
    const min = round(pods * low(chosen.pod) + nodes * low(chosen.node));
    const max = round(pods * high(chosen.pod) + nodes * high(chosen.node));
    return min === max ? memory(value) : `${memory(value)} (range ${memory(min)}–${memory(max)})`;
  };
  const expectP50 = (hops: number) => ms(round(hops * round(chosen.p50.value - baseP50)));

  await page.goto('/calculator/?pods=1000&nodes=10&hops=3&rps=1000');
  const row = page.locator(`tr[data-mesh="${chosen.mesh}"]`);
  await expect(row.locator('[data-out="memory"]')).toHaveText(expectMemory(1000, 10));
  await expect(row.locator('[data-out="p50"]')).toHaveText(expectP50(3));
  // Keyboard only: focus the pods field, replace its value.
  const pods = page.getByLabel('Application pods');
  await pods.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('500');
  await expect(page).toHaveURL(/\?pods=500&nodes=10&hops=3&rps=1000$/);
  await expect(row.locator('[data-out="memory"]')).toHaveText(expectMemory(500, 10));
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nodes')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6');
  await expect(page).toHaveURL(/hops=6/);
  await expect(row.locator('[data-out="p50"]')).toHaveText(expectP50(6));
  await page.reload();
  await expect(page.getByLabel('Application pods')).toHaveValue('500');
  await expect(row.locator('[data-out="memory"]')).toHaveText(expectMemory(500, 10));
  await expect(row.locator('[data-out="p50"]')).toHaveText(expectP50(6));
});

test('an out-of-range input is marked invalid and the default is used', async ({ page }) => {
  await page.goto('/calculator/');
  await page.getByLabel('Services in a call chain (hops)').fill('999');
  await expect(page.getByLabel('Services in a call chain (hops)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/hops=3/);
});
