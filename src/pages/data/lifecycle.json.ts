import type { APIRoute } from 'astro';
import { lifecycleJson } from '../../view';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await lifecycleJson(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
