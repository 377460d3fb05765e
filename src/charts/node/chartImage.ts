/**
 * Renders a chart spec to SVG or PNG at build time: Chart.js drawing on @napi-rs/canvas, from the
 * same `chartConfig()` the browser uses, plus the title with units, the conditions and the source
 * inside the image, so it stands alone where a wiki accepts only images. Node only.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, SvgExportFlag, type SKRSContext2D } from '@napi-rs/canvas';
import { BarController, BarElement, BasicPlatform, CategoryScale, Chart, Legend, LinearScale, SubTitle, Title, type Plugin } from 'chart.js';
import { chartConfig, type ChartTheme } from '../chartConfig';
import { unitAxisLabel, type ChartSpec } from '../charts';
import { vendorNames } from '../../domain/format';
import { wrapText } from '../../domain/text';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title, SubTitle);

// A font shipped with the project, so images look the same on every machine.
const FONT = 'DejaVu Sans';
const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSans.ttf'), FONT);
GlobalFonts.registerFromPath(join(fontDir, 'DejaVuSans-Bold.ttf'), FONT);
Chart.defaults.font.family = FONT;
// Images are shown scaled down in wikis and previews: larger text than the browser's 12 px.
Chart.defaults.font.size = 14;

const BACKGROUND: Record<ChartTheme, string> = { light: '#ffffff', dark: '#0f172a' };
const MUTED: Record<ChartTheme, string> = { light: '#475569', dark: '#94a3b8' };

export const IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** Project id → name (`projectNames(atlas)`), for the vendor mark in the source line. */
export type ProjectNames = Readonly<Record<string, string>>;

/** The line under an image: where the numbers come from, and that a vendor ran it. */
export function sourceLine(spec: ChartSpec, projects: ProjectNames): string {
  const vendor = spec.study.vendorOf.length ? ` (vendor-run: ${vendorNames(projects, spec.study.vendorOf)})` : '';
  return `Source: ${spec.source.publisher}${spec.study.date ? `, ${spec.study.date.slice(0, 4)}` : ''} — ${spec.source.url}${vendor} · Mesh Atlas`;
}

function imageConfig(spec: ChartSpec, theme: ChartTheme, projects: ProjectNames) {
  const base = chartConfig(spec, { theme, animate: false });
  const background: Plugin = {
    id: 'background',
    beforeDraw: (chart) => {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = BACKGROUND[theme];
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
  };
  const footer: Plugin = {
    id: 'footer',
    afterDraw: (chart) => {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.font = `14px "${FONT}"`;
      ctx.fillStyle = MUTED[theme];
      ctx.textAlign = 'left';
      ctx.fillText(sourceLine(spec, projects), 24, height - 18, width - 48);
      ctx.restore();
    },
  };
  return {
    ...base,
    options: {
      ...base.options,
      responsive: false,
      devicePixelRatio: 1,
      layout: { padding: { left: 24, right: 32, top: 16, bottom: 44 } },
      plugins: {
        ...base.options.plugins,
        title: { display: true, text: `${spec.title} (${unitAxisLabel(spec.unit)})`, color: base.options.plugins.legend.labels.color, font: { size: 22, weight: 'bold' as const }, align: 'start' as const },
        subtitle: { display: true, text: wrapText(spec.conditions, 130), color: MUTED[theme], font: { size: 14 }, align: 'start' as const, padding: { bottom: 12 } },
        tooltip: { enabled: false },
      },
    },
    plugins: [background, footer],
    platform: BasicPlatform,
  };
}

/** Renders the chart; SVG text is turned into paths so it renders without the font installed. */
export function renderChartImage(spec: ChartSpec, format: 'png' | 'svg', theme: ChartTheme, projects: ProjectNames, size = IMAGE_SIZE): Buffer {
  // Export before `destroy()`: Chart.js clears the canvas when it is destroyed.
  const render = <T>(ctx: SKRSContext2D, output: () => T): T => {
    const chart = new Chart(ctx as never, imageConfig(spec, theme, projects) as never);
    chart.draw();
    const result = output();
    chart.destroy();
    return result;
  };
  if (format === 'svg') {
    const canvas = createCanvas(size.width, size.height, SvgExportFlag.ConvertTextToPaths);
    return render(canvas.getContext('2d'), () => canvas.getContent());
  }
  const canvas = createCanvas(size.width, size.height);
  return render(canvas.getContext('2d'), () => canvas.toBuffer('image/png'));
}
