import type { APIRoute } from 'astro';
import { changesJson } from '../../view';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await changesJson(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
