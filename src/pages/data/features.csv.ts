import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { featuresCsv } from '../../lib/dataExports';

export const GET: APIRoute = async () => new Response(featuresCsv(await getAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
