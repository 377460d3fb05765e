import type { APIRoute } from 'astro';
import { featuresJson } from '../../view';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await featuresJson(), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
