import { expect, test, type Page } from '@playwright/test';
import { parseCsv } from '../../src/exports/csv';
import { allPairs, benchmarks, charts as chartsExport, features, local, need } from './helpers';

/** Share of an image's pixels that differ from its top-left corner, decoded by the browser. */
const drawnShare = (page: Page, src: string) =>
  page.evaluate(async (url) => {
    const bitmap = await createImageBitmap(await (await fetch(url)).blob());
    const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 30) differing++;
    }
    return differing / (data.length / 4);
  }, src);

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (bytes: Buffer) => {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};

test('every chart in charts.json has a working embed page, valid SVG and PNG images and a CSV matching the JSON', async ({ page, request }) => {
  test.setTimeout(360_000);
  const { charts } = await chartsExport(request);
  const { studies } = await benchmarks(request);
  need(charts, 'chart in charts.json');
  await page.goto('/');
  for (const chart of charts) {
    const embed = await request.get(local(chart.embed));
    expect(embed.status(), chart.embed).toBe(200);
    expect(await embed.text()).toContain(`id="chart-${chart.id}"`);

    for (const url of [chart.png, chart.pngDark]) {
      const response = await request.get(local(url));
      expect(response.headers()['content-type']).toBe('image/png');
      expect(pngSize(await response.body()), url).toEqual({ width: 1200, height: 630 });
      // Decoded in the browser, the image is a chart, not a blank background.
      expect(await drawnShare(page, local(url)), `${url}: share of drawn pixels`).toBeGreaterThan(0.04);
    }
    for (const url of [chart.svg, chart.svgDark]) {
      const svg = await (await request.get(local(url))).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, width: doc.documentElement.getAttribute('width'), paths: doc.querySelectorAll('path').length };
      }, svg);
      expect(parsed, url).toMatchObject({ error: false, root: 'svg', width: '1200' });
      expect(parsed.paths, `${url} has drawn content`).toBeGreaterThan(20);
    }

    const [header, ...rows] = parseCsv(await (await request.get(local(chart.csv))).text());
    const results = need(studies.find((s) => s.id === chart.study), `study "${chart.study}" of chart ${chart.id} in benchmarks.json`).results;
    const col = (name: string) => header!.indexOf(name);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const match = results.find((r) => r.mesh === row[col('mesh')] && r.metric === row[col('metric')] && r.variant === row[col('variant')] && r.scenario === row[col('scenario')]);
      expect(match, `${chart.id}: ${row.join(',')}`).toBeDefined();
      expect(Number(row[col('value')])).toBe(match!.value);
      expect(row[col('unit')]).toBe(match!.unit);
    }
  }
});

test('the embed dialog offers four snippets and copies one with a click', async ({ page, context, request }) => {
  const chart = need((await chartsExport(request)).charts[0], 'chart in charts.json');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(local(chart.page));
  const figure = page.locator(`figure#chart-${chart.id}`);
  await figure.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: /Embed/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(4);
  await dialog.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(dialog.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await dialog.getByLabel(/Markdown image/).inputValue());
  // The image, linked to the chart on its study page.
  expect(copied).toContain(`](${chart.png})](${chart.page})`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an embed renders inside an iframe on another page, in the theme it is asked for', async ({ page, baseURL, request }) => {
  const chart = need((await chartsExport(request)).charts[0], 'chart in charts.json');
  await page.setContent(`<!doctype html><title>Wiki</title><iframe src="${baseURL}${local(chart.embed)}?theme=dark" width="900" height="700" title="chart"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('atlas-chart')).toHaveAttribute('data-drawn', 'true');
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.getByRole('heading', { level: 1 })).toContainText(chart.title);
  await expect(frame.getByRole('link', { name: 'View on Mesh Atlas' })).toHaveAttribute('target', '_blank');
  await expect(frame.locator('header, nav')).toHaveCount(0);
});

test('comparison and study pages have their own 1200×630 link-preview images', async ({ page, request }) => {
  test.setTimeout(360_000);
  // Every comparison and every study: studies with charts preview their first, the others get a card.
  const { meshes } = await features(request);
  const { studies } = await benchmarks(request);
  const paths = [...allPairs(meshes.map((m) => m.id)).map((p) => p.path), ...studies.map((s) => `/benchmarks/${s.id}/`)];
  for (const path of paths) {
    await page.goto(path);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const slug = path.split('/')[2]!;
    expect(image, path).toMatch(new RegExp(`/og/(compare|benchmarks)/${slug}\\.png$`));
    const response = await request.get(local(image!));
    expect(response.status(), image!).toBe(200);
    expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
    expect(await drawnShare(page, local(image!)), `${image}: share of drawn pixels`).toBeGreaterThan(0.01);
  }
});
