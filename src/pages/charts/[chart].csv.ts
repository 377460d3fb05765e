import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { allChartSpecs, type ChartSpec } from '../../charts/charts';
import { chartCsv } from '../../exports/dataExports';

export async function getStaticPaths() {
  return allChartSpecs(await getAtlas()).map((spec) => ({ params: { chart: spec.id }, props: { spec } }));
}

export const GET: APIRoute = async ({ props }) =>
  new Response(chartCsv(await getAtlas(), (props as { spec: ChartSpec }).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
