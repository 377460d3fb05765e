import type { APIRoute } from 'astro';
import { chartCsvFile, chartPaths, type EmbedChartProps } from '../../view';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await chartCsvFile((props as EmbedChartProps).spec), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
