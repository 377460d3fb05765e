import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { buildChartsExport } from '../../exports/dataExports';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(buildChartsExport(await getAtlas(), site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
