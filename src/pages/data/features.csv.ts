import type { APIRoute } from 'astro';
import { featuresCsvFile } from '../../view';

export const GET: APIRoute = async () => new Response(await featuresCsvFile(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
