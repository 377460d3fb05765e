import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { IMAGE_SIZE, renderChartImage, sourceLine } from '../../../src/charts/node/chartImage';
import { allChartSpecs } from '../../../src/charts/charts';
import { projectNames } from '../../../src/atlas/queries';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { renderPreviewCard, renderSiteCard } from '../../../src/charts/node/previewImage';

const { atlas } = loadContent('content');
const specs = allChartSpecs(atlas);
const names = projectNames(atlas);

/** Decodes a PNG and reports its size, its corner colour and the share of pixels that differ from it. */
async function inspect(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  const { data } = ctx.getImageData(0, 0, image.width, image.height);
  const corner = [data[0]!, data[1]!, data[2]!];
  let drawn = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - corner[0]!) + Math.abs(data[i + 1]! - corner[1]!) + Math.abs(data[i + 2]! - corner[2]!) > 30) drawn++;
  }
  return { width: image.width, height: image.height, corner, drawn: drawn / (data.length / 4) };
}

const luminance = ([r, g, b]: number[]) => (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;

describe('chart images', () => {
  it.each(specs.map((spec) => [spec.id, spec] as const))('%s: the PNG has the chart drawn on it, in both themes', async (_, spec) => {
    const light = await inspect(renderChartImage(spec, 'png', 'light', names));
    const dark = await inspect(renderChartImage(spec, 'png', 'dark', names));
    expect({ width: light.width, height: light.height }).toEqual(IMAGE_SIZE);
    // Bars, axes and text cover a real share of the image, not a blank background.
    expect(light.drawn).toBeGreaterThan(0.04);
    expect(dark.drawn).toBeGreaterThan(0.04);
    expect(luminance(light.corner)).toBeGreaterThan(0.9);
    expect(luminance(dark.corner)).toBeLessThan(0.2);
  });

  it('the SVG carries drawn shapes and text turned into paths', () => {
    const svg = renderChartImage(specs[0]!, 'svg', 'light', names).toString('utf8');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect(svg.match(/<path/g)?.length ?? 0).toBeGreaterThan(50);
    expect(svg).not.toMatch(/<text/);
  });

  it('names the vendor in the source line', () => {
    const vendorRun = specs.find((s) => s.study.vendorOf.length > 0)!;
    const expected = vendorRun.study.vendorOf.map((p) => atlas.meshes.find((m) => m.data.project === p)!.data.projectName).join(', ');
    expect(sourceLine(vendorRun, names)).toContain(`(vendor-run: ${expected})`);
    expect(sourceLine(vendorRun, {})).toContain(`(vendor-run: ${vendorRun.study.vendorOf.join(', ')})`);
  });
});

describe('link-preview cards', () => {
  it('draws the card', async () => {
    const card = await inspect(renderPreviewCard({ kicker: 'Comparison', title: 'Cilium vs Linkerd', subtitle: 'They differ on 30 of 45 features', rows: [{ label: 'Mutual TLS', left: 'partial', right: 'full' }], columns: ['Cilium', 'Linkerd'] }));
    expect({ width: card.width, height: card.height }).toEqual(IMAGE_SIZE);
    expect(card.drawn).toBeGreaterThan(0.01);
  });

  it('draws the site card with a chip per mesh: more meshes, more drawn, wrapping onto a second row', async () => {
    const base = { title: 'Which service mesh, if any?', lines: ['Features, benchmarks and their test conditions'] };
    const few = await inspect(renderSiteCard({ ...base, chips: ['Istio sidecar', 'No mesh'] }));
    const many = await inspect(renderSiteCard({ ...base, chips: Array.from({ length: 9 }, (_, i) => `Mesh number ${i + 1}`) }));
    expect({ width: many.width, height: many.height }).toEqual(IMAGE_SIZE);
    expect(luminance(few.corner)).toBeLessThan(0.2);
    expect(many.drawn).toBeGreaterThan(few.drawn * 1.5);
  });
});
