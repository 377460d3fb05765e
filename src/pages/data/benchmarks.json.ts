import type { APIRoute } from 'astro';
import { benchmarksJson } from '../../view';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await benchmarksJson(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
