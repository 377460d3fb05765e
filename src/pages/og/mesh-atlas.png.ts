import type { APIRoute } from 'astro';
import { siteCardPng } from '../../view';

// The site's own preview card, drawn from the meshes it compares.
export const GET: APIRoute = async () => new Response(new Uint8Array(await siteCardPng()), { headers: { 'Content-Type': 'image/png' } });
