import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { buildBenchmarksExport } from '../../exports/exports';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildBenchmarksExport(await getAtlas()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
