/** Chart.js configuration from a chart spec, on hand-made specs (no atlas needed). */
import { describe, expect, it } from 'vitest';
import { CHART_SIZES, chartConfig, chartSize, LABEL_LINE, wrapLabel } from '../../../src/charts/chartConfig';
import type { ChartSpec } from '../../../src/charts/charts';

const spec = (over: Partial<ChartSpec> & { bars?: number; sets?: number } = {}): ChartSpec => {
  const { bars = 2, sets = 1, ...rest } = over;
  return {
    id: 'c', title: 'A chart', unit: 'ms', groupBy: 'series',
    labels: Array.from({ length: bars }, (_, i) => `Bar ${i + 1}`),
    datasets: Array.from({ length: sets }, (_, i) => ({ label: `Set ${i + 1}`, data: Array.from({ length: bars }, (_, j) => j + i), approximate: [], ranges: [] })),
    meshes: [], seriesMeshes: [],
    study: { id: 's', title: 'S', url: '/benchmarks/s/', publisher: 'P', date: null, vendorOf: [] },
    conditions: '', source: { title: 'T', url: 'https://example.org', publisher: 'P' }, decimals: 0,
    ...rest,
  };
};

/** Relative luminance (WCAG) of a #rrggbb colour. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('Chart.js configuration', () => {
  it('lays a series chart out horizontally, value axis on x, wrapped labels on y (light theme)', () => {
    const config = chartConfig(spec({ labels: ['Cilium', 'Istio ambient, ztunnel + waypoint'], sets: 2 }), { theme: 'light', animate: true });
    expect(config).toStrictEqual({
      type: 'bar',
      data: {
        labels: ['Cilium', ['Istio ambient,', 'ztunnel + waypoint']],
        datasets: [
          { label: 'Set 1', data: [0, 1], backgroundColor: '#0072B2', borderColor: '#0072B2', borderWidth: 1 },
          { label: 'Set 2', data: [1, 2], backgroundColor: '#D55E00', borderColor: '#D55E00', borderWidth: 1 },
        ],
      },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: { duration: 400 },
        plugins: { legend: { display: true, labels: { color: '#1e293b' } }, tooltip: { enabled: true } },
        scales: {
          x: { beginAtZero: true, title: { display: true, text: 'milliseconds', color: '#1e293b' }, ticks: { color: '#1e293b' }, grid: { color: '#e2e8f0' } },
          y: { ticks: { color: '#1e293b', autoSkip: false }, grid: { display: false } },
        },
      },
    });
  });

  it('lays a scenario chart out vertically with its labels as they are, without animation or legend for one dataset (dark theme)', () => {
    const labels = ['a label that is much longer than twenty characters', '100 rps'];
    const config = chartConfig(spec({ groupBy: 'scenario', unit: 'MB', labels }), { theme: 'dark', animate: false });
    expect(config.data.labels).toBe(labels);
    expect(config.options.indexAxis).toBe('x');
    expect(config.options.animation).toBe(false);
    expect(config.options.plugins.legend).toStrictEqual({ display: false, labels: { color: '#e2e8f0' } });
    expect(config.options.scales).toStrictEqual({
      x: { ticks: { color: '#e2e8f0', autoSkip: false }, grid: { display: false } },
      y: { beginAtZero: true, title: { display: true, text: 'MB', color: '#e2e8f0' }, ticks: { color: '#e2e8f0' }, grid: { color: '#334155' } },
    });
  });

  it('colours datasets with the Okabe–Ito palette in the light theme, repeating after seven', () => {
    const colours = (theme: 'light' | 'dark') => chartConfig(spec({ sets: 9 }), { theme, animate: false }).data.datasets.map((d) => d.backgroundColor);
    const okabeIto = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];
    const light = colours('light');
    expect(light.slice(0, 6)).toStrictEqual(okabeIto);
    expect(light.slice(7)).toStrictEqual(light.slice(0, 2));
    const dark = colours('dark');
    expect(dark.slice(7)).toStrictEqual(dark.slice(0, 2));
    expect(new Set(dark.slice(0, 7)).size).toBe(7);
    expect(chartConfig(spec({ sets: 9 }), { theme: 'dark', animate: false }).data.datasets.map((d) => d.borderColor)).toStrictEqual(dark);
  });

  it('uses lighter colours on the dark theme than on the light one, for bars and ink alike', () => {
    const light = chartConfig(spec({ sets: 7 }), { theme: 'light', animate: false });
    const dark = chartConfig(spec({ sets: 7 }), { theme: 'dark', animate: false });
    light.data.datasets.forEach((d, i) => {
      expect(luminance(dark.data.datasets[i]!.backgroundColor), `dataset ${i}`).toBeGreaterThan(luminance(d.backgroundColor));
    });
    const ink = (c: typeof light) => ({ text: c.options.plugins.legend.labels.color, grid: (c.options.scales.x as { grid: { color: string } }).grid.color });
    // Light theme: dark text on a pale grid; dark theme: pale text on a dark grid.
    expect(luminance(ink(light).text)).toBeLessThan(0.1);
    expect(luminance(ink(light).grid)).toBeGreaterThan(0.7);
    expect(luminance(ink(dark).text)).toBeGreaterThan(0.7);
    expect(luminance(ink(dark).grid)).toBeLessThan(0.1);
  });
});

describe('bar labels', () => {
  it('stay whole up to the line length and wrap at spaces beyond it', () => {
    expect(LABEL_LINE).toBe(20);
    expect(wrapLabel('Cilium', 20)).toBe('Cilium');
    expect(wrapLabel('exactly twenty chars', 20)).toBe('exactly twenty chars');
    expect(wrapLabel('twenty-one characters', 20)).toStrictEqual(['twenty-one', 'characters']);
    expect(wrapLabel('Istio ambient, ztunnel + waypoint per namespace', 20)).toStrictEqual(['Istio ambient,', 'ztunnel + waypoint', 'per namespace']);
    expect(wrapLabel('a-very-long-single-identifier here', 10)).toStrictEqual(['a-very-long-single-identifier', 'here']);
  });
});

describe('chart sizes', () => {
  it('gives scenario charts the medium size whatever their bars', () => {
    expect(chartSize(spec({ groupBy: 'scenario', bars: 40, sets: 5 }))).toBe('md');
  });

  it('grows series charts with their bars: 60 px, 28 px a group, 10 px a bar', () => {
    expect(CHART_SIZES).toStrictEqual({ sm: 240, md: 320, lg: 420, xl: 560 });
    expect(chartSize(spec({ bars: 3, sets: 1 }))).toBe('sm'); // 60 + 84 + 30 = 174
    expect(chartSize(spec({ bars: 0, sets: 1 }))).toBe('sm'); // 60
    expect(chartSize(spec({ bars: 4, sets: 2 }))).toBe('md'); // 60 + 112 + 80 = 252
    expect(chartSize(spec({ bars: 5, sets: 2 }))).toBe('md'); // 60 + 140 + 100 = 300
    expect(chartSize(spec({ bars: 6, sets: 2 }))).toBe('lg'); // 60 + 168 + 120 = 348
    expect(chartSize(spec({ bars: 7, sets: 0 }))).toBe('lg'); // no dataset still draws a bar a group: 60 + 196 + 70 = 326
    expect(chartSize(spec({ bars: 8, sets: 2 }))).toBe('xl'); // 60 + 224 + 160 = 444
    expect(chartSize(spec({ bars: 20, sets: 2 }))).toBe('xl'); // 1,020: the largest size is the limit
  });
});
