import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { buildFeaturesExport } from '../../exports/exports';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildFeaturesExport(await getAtlas()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
