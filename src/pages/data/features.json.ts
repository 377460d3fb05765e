import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { buildFeaturesExport } from '../../lib/exports';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildFeaturesExport(await getAtlas()), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
