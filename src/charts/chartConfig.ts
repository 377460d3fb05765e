/**
 * Chart.js configuration for a chart spec, for a theme. Pure data, shared by the browser and the
 * build-time image renderer. Colours are the Okabe–Ito palette (distinguishable with common colour
 * vision deficiencies), lightened for dark backgrounds; every value is also in the chart's table.
 */
import type { ChartSpec } from './charts';
import { unitAxisLabel } from './charts';
import { wrapText } from '../domain/text';

export type ChartTheme = 'light' | 'dark';

const PALETTE: Record<ChartTheme, string[]> = {
  light: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#4b5563'],
  dark: ['#56B4E9', '#F08A4B', '#2EC4A0', '#E3A1CB', '#F5C04A', '#9AD0F5', '#cbd5e1'],
};
const INK: Record<ChartTheme, { text: string; grid: string }> = {
  light: { text: '#1e293b', grid: '#e2e8f0' },
  dark: { text: '#e2e8f0', grid: '#334155' },
};

export interface ChartOptions {
  theme: ChartTheme;
  /** No animation when the reader prefers reduced motion (and for images). */
  animate: boolean;
}

/**
 * A bar label split into lines of at most `max` characters at spaces (a longer single word stays
 * whole), so long labels such as "Istio ambient, ztunnel + waypoint per namespace" fit beside the
 * bars on a phone instead of being cut at the canvas edge. Short labels stay plain strings.
 */
export function wrapLabel(label: string, max: number): string | string[] {
  return label.length <= max ? label : wrapText(label, max);
}

/** Characters per line of a bar label beside a horizontal bar. */
export const LABEL_LINE = 20;

export function chartConfig(spec: ChartSpec, { theme, animate }: ChartOptions) {
  const ink = INK[theme];
  const palette = PALETTE[theme];
  // Long labels read better on a horizontal axis; scenario charts keep their left-to-right order.
  const horizontal = spec.groupBy === 'series';
  const valueAxis = {
    beginAtZero: true,
    title: { display: true, text: unitAxisLabel(spec.unit), color: ink.text },
    ticks: { color: ink.text },
    grid: { color: ink.grid },
  };
  const categoryAxis = { ticks: { color: ink.text, autoSkip: false }, grid: { display: false } };
  return {
    type: 'bar' as const,
    data: {
      labels: horizontal ? spec.labels.map((label) => wrapLabel(label, LABEL_LINE)) : spec.labels,
      datasets: spec.datasets.map((dataset, i) => ({
        label: dataset.label,
        data: dataset.data,
        backgroundColor: palette[i % palette.length]!,
        borderColor: palette[i % palette.length]!,
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: horizontal ? ('y' as const) : ('x' as const),
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 400 } : (false as const),
      plugins: {
        legend: { display: spec.datasets.length > 1, labels: { color: ink.text } },
        tooltip: { enabled: true },
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  };
}

/** Canvas heights in pixels, in steps, so pages need no inline styles (see `.chart-size-*`). */
export const CHART_SIZES = { sm: 240, md: 320, lg: 420, xl: 560 } as const;
export type ChartSize = keyof typeof CHART_SIZES;

/** The smallest size that fits the bars: grows with the number of bars on horizontal charts. */
export function chartSize(spec: ChartSpec): ChartSize {
  if (spec.groupBy === 'scenario') return 'md';
  const bars = spec.labels.length * Math.max(1, spec.datasets.length);
  const wanted = 60 + spec.labels.length * 28 + bars * 10;
  return (Object.keys(CHART_SIZES) as ChartSize[]).find((size) => CHART_SIZES[size] >= wanted) ?? 'xl';
}
