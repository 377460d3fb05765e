/**
 * Loaded on demand by <atlas-chart> when a chart nears the viewport: only the Chart.js parts a bar
 * chart needs (tree-shaken), so pages pay for Chart.js only when a chart is about to be seen.
 */
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { chartConfig, type ChartOptions } from '../charts/chartConfig';
import type { ChartSpec } from '../charts/charts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: ChartOptions): { destroy(): void } {
  // The config is plain data built for both Chart.js and the image renderer; its literal types are
  // narrower than Chart.js's own, hence the cast at this one boundary.
  return new Chart(canvas, chartConfig(spec, options) as never);
}
