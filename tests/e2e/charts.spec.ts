import { expect, test, type Page } from '@playwright/test';
import { builtPages, readPage } from './site';

/** Counts canvas pixels that are not transparent: a drawn chart has thousands. */
const paintedPixels = (page: Page, selector: string) =>
  page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });

test('every chart on every study page draws, and has a table with its numbers', async ({ page }) => {
  test.setTimeout(180_000);
  const studies = builtPages().filter((p) => /^\/benchmarks\/[^/]+\/$/.test(p));
  let charts = 0;
  for (const path of studies) {
    const expected = [...readPage(path).matchAll(/<figure id="(chart-[^"]+)"/g)].map((m) => m[1]!);
    await page.goto(path);
    for (const id of expected) {
      const figure = page.locator(`figure#${id}`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
      await page.waitForTimeout(50);
      expect(await paintedPixels(page, `figure#${id} canvas`), `${path} ${id} is blank`).toBeGreaterThan(2000);
      const spec = JSON.parse((await figure.locator('atlas-chart').getAttribute('data-spec'))!) as { labels: string[]; datasets: unknown[] };
      await expect(figure.locator('tbody tr')).toHaveCount(spec.labels.length);
      await expect(figure.locator('thead th')).toHaveCount(spec.datasets.length + 1);
      await expect(figure.locator('figcaption [data-conditions]')).not.toBeEmpty();
      await expect(figure.locator('p', { hasText: /^Source:/ }).first()).toBeVisible();
      charts++;
    }
  }
  expect(charts).toBeGreaterThanOrEqual(10);
});

test('Chart.js loads only when a chart nears the viewport, and never on pages without charts', async ({ page }) => {
  const chartRequests: string[] = [];
  page.on('request', (request) => {
    if (/chartRuntime/.test(request.url())) chartRequests.push(request.url());
  });
  await page.goto('/features/');
  await page.goto('/calculator/');
  expect(chartRequests).toEqual([]);
  await page.goto('/meshes/linkerd/');
  await page.waitForTimeout(300);
  expect(chartRequests).toEqual([]);
  await page.locator('atlas-chart').first().scrollIntoViewIfNeeded();
  await expect(page.locator('atlas-chart').first()).toHaveAttribute('data-drawn', 'true');
  expect(chartRequests.length).toBe(1);
});

test('a chart redraws in the dark theme when the reader switches', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto('/benchmarks/seed-3-node-latency/');
  const chart = page.locator('figure#chart-seed-3-node-latency');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
  const before = await chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL());
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect.poll(() => chart.locator('canvas').evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(before);
});

test('without JavaScript the chart tables show and the canvases do not', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/benchmarks/seed-3-node-latency/');
  await expect(page.locator('atlas-chart').first()).toBeHidden();
  await expect(page.locator('figure#chart-seed-3-node-latency table')).toBeVisible();
  await expect(page.locator('figure#chart-seed-3-node-latency').getByRole('cell', { name: '12.3 ms' })).toBeVisible();
  await context.close();
});

test('the calculator reproduces the seed arithmetic and keeps its inputs in the URL', async ({ page }) => {
  await page.goto('/calculator/?pods=1000&nodes=10&hops=3&rps=1000');
  const sidecar = page.locator('tr[data-mesh="istio-sidecar"]');
  await expect(sidecar.locator('[data-out="memory"]')).toHaveText('70 GB (range 50 GB–100 GB)');
  // Keyboard only: focus the pods field, replace its value.
  const pods = page.getByLabel('Application pods');
  await pods.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('500');
  await expect(page).toHaveURL(/\?pods=500&nodes=10&hops=3&rps=1000$/);
  await expect(sidecar.locator('[data-out="memory"]')).toHaveText('35 GB (range 25 GB–50 GB)');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Nodes')).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('6');
  await expect(page).toHaveURL(/hops=6/);
  await expect(sidecar.locator('[data-out="p50"]')).toHaveText('15.6 ms');
  await page.reload();
  await expect(page.getByLabel('Application pods')).toHaveValue('500');
  await expect(sidecar.locator('[data-out="memory"]')).toHaveText('35 GB (range 25 GB–50 GB)');
  await expect(sidecar.locator('[data-out="p50"]')).toHaveText('15.6 ms');
});

test('an out-of-range input is marked invalid and the default is used', async ({ page }) => {
  await page.goto('/calculator/');
  await page.getByLabel('Services in a call chain (hops)').fill('999');
  await expect(page.getByLabel('Services in a call chain (hops)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/hops=3/);
});
