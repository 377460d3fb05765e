import type { APIRoute } from 'astro';
import { benchmarksCsvFile } from '../../view';

export const GET: APIRoute = async () => new Response(await benchmarksCsvFile(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
