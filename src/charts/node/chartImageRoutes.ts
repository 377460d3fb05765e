/** The build-time routes of chart images: /charts/<id>.<format> (light) and /charts/<id>.dark.<format>. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { projectNames } from '../../atlas/queries';
import { allChartSpecs, type ChartSpec } from '../charts';
import { renderChartImage } from './chartImage';
import type { ChartTheme } from '../chartConfig';

export async function chartImagePaths() {
  return allChartSpecs(await getAtlas()).flatMap((spec) =>
    (['light', 'dark'] as const).map((theme) => ({ params: { chart: theme === 'dark' ? `${spec.id}.dark` : spec.id }, props: { spec, theme } })),
  );
}

const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

export const chartImageRoute =
  (format: keyof typeof TYPES): APIRoute =>
  async ({ props }) => {
    const { spec, theme } = props as { spec: ChartSpec; theme: ChartTheme };
    return new Response(new Uint8Array(renderChartImage(spec, format, theme, projectNames(await getAtlas()))), { headers: { 'Content-Type': TYPES[format] } });
  };
