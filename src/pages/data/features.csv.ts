import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { featuresCsv } from '../../exports/dataExports';

export const GET: APIRoute = async () => new Response(featuresCsv(await getAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
