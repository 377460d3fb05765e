/** The built site as files: which pages exist, read at test time (after the web server built it). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtFiles } from './builtFiles';

export const DIST = 'dist';

/** True for the small pages Astro writes for redirects (a meta refresh and a link). */
export function isRedirectPage(path: string, root = DIST): boolean {
  return /^<!doctype html><title>Redirecting to:/i.test(readPage(path, root));
}

/** Redirect pages of the build: source path → target path. */
export function builtRedirects(root = DIST): Map<string, string> {
  const redirects = new Map<string, string>();
  for (const path of allHtml(root)) {
    const match = /<meta http-equiv="refresh" content="0;url=([^"]+)">/.exec(readPage(path, root));
    if (match && isRedirectPage(path, root)) redirects.set(path, match[1]!);
  }
  return redirects;
}

/** Every real page of the build (redirect pages excluded) as a URL path: `/`, `/meshes/<id>/`, `/404.html`. */
export function builtPages(root = DIST): string[] {
  return allHtml(root).filter((path) => !isRedirectPage(path, root));
}

const allHtml = (root: string) => builtFiles(root).filter((path) => path.endsWith('/') || path.endsWith('.html'));

/** The HTML file behind a page path. */
export function pageFile(path: string, root = DIST): string {
  return join(root, path.endsWith('/') ? `${path}index.html` : path);
}

export const readPage = (path: string, root = DIST) => readFileSync(pageFile(path, root), 'utf8');

/** The kind of page a path is, for tests that need one page of every kind. */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (path === '/404.html') return 'not-found';
  const [section, id] = path.split('/').filter(Boolean);
  return id ? `${section}/item` : `${section}/index`;
}
