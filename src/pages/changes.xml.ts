import type { APIRoute } from 'astro';
import { changesFeed } from '../view';

export const GET: APIRoute = async ({ site }) =>
  new Response(await changesFeed(site!), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
