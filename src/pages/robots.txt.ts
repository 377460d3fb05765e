import type { APIRoute } from 'astro';
import { urls } from '../domain/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(urls.sitemap(), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
