import type { APIRoute } from 'astro';
import { chartsJson } from '../../view';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await chartsJson(site!), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
