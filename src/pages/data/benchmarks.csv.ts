import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas';
import { benchmarksCsv } from '../../lib/dataExports';

export const GET: APIRoute = async () => new Response(benchmarksCsv(await getAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
