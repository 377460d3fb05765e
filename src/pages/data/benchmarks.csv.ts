import type { APIRoute } from 'astro';
import { getAtlas } from '../../atlas/getAtlas';
import { benchmarksCsv } from '../../exports/dataExports';

export const GET: APIRoute = async () => new Response(benchmarksCsv(await getAtlas()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
