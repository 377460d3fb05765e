import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { allChartSpecs, type ChartSpec } from '../../lib/charts';
import { renderChartImage } from '../../lib/chartImage';
import type { ChartTheme } from '../../lib/chartConfig';

// /charts/<id>.svg (light) and /charts/<id>.dark.svg, rendered at build time from the chart spec.
export async function getStaticPaths() {
  return allChartSpecs(await getAtlas()).flatMap((spec) =>
    (['light', 'dark'] as const).map((theme) => ({ params: { chart: theme === 'dark' ? `${spec.id}.dark` : spec.id }, props: { spec, theme } })),
  );
}

export const GET: APIRoute = ({ props }) => {
  const { spec, theme } = props as { spec: ChartSpec; theme: ChartTheme };
  return new Response(new Uint8Array(renderChartImage(spec, 'svg', theme)), { headers: { 'Content-Type': 'image/svg+xml' } });
};
