/**
 * Published URLs are permanent. The committed list (published-urls.json) records every URL the site
 * has published; a URL may leave the build only if a redirect takes its place (Astro writes
 * redirects as pages, so a redirected URL is still "built").
 */
export interface UrlListChange {
  added: string[];
  /** Listed URLs the build no longer has (no page, no redirect): the update refuses these. */
  missing: string[];
  next: string[];
}

/** Compares the committed list with what the build produced. */
export function diffPublishedUrls(listed: string[], built: string[]): UrlListChange {
  const builtSet = new Set(built);
  const listedSet = new Set(listed);
  const added = built.filter((url) => !listedSet.has(url)).sort();
  const missing = listed.filter((url) => !builtSet.has(url)).sort();
  const next = [...new Set([...listed, ...built])].sort();
  return { added, missing, next };
}

/**
 * Which built files count as published URLs: pages (not the 404 page), the data exports, and chart
 * images and data (people embed those in wikis).
 */
export function isPublishable(path: string): boolean {
  if (path === '/404.html') return false;
  return path.endsWith('/') || path.startsWith('/data/') || path.startsWith('/charts/');
}
