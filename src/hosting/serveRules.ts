/**
 * What `npm run serve` (scripts/serve.ts) does with a request, decided without a socket: the method
 * and the raw request target in, a status, a redirect target, the file to send and the path whose
 * `_headers` rules apply out. The server only carries the decision out (sirv sends the files).
 *
 * - Only GET and HEAD are served; anything else is 405 with `Allow: GET, HEAD`.
 * - A target that is not a plain path is 400: not starting with `/`, characters outside printable
 *   ASCII, bad percent-encoding or UTF-8 (overlong forms included), decoded NUL/control characters,
 *   slashes or backslashes inside a segment (`%2F`, `%5C`, `\`), empty segments (`//`), `.` or `..`
 *   segments, a path longer than MAX_PATH_LENGTH or a target longer than MAX_TARGET_LENGTH.
 * - Dotfiles and dot-directories, and the host config files (`_headers`, `_redirects`), are 404.
 * - `/a/index.html` redirects (301) to `/a/`, `/a` to `/a/` when `/a/index.html` exists; the query
 *   string is kept.
 * - Headers: a page gets the `_headers` rules of its canonical URL (`/a/`, not `/a/index.html`); a
 *   redirect those of its target; every error (400, 404, 405) those of `/404.html`, the error page.
 */
import { urls } from '../domain/urls';

export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;
export const ALLOW_HEADER = ALLOWED_METHODS.join(', ');
export const MAX_PATH_LENGTH = 1024;
export const MAX_TARGET_LENGTH = 8192;
/** The path whose `_headers` rules every error response carries. */
export const ERROR_PAGE = urls.notFound();
/** Files at the site root that configure the host and are never served. */
export const HOST_CONFIG_FILES: readonly string[] = ['_headers', '_redirects'];

/** What is at a decoded path under the site root (`/features`, `/features/index.html`). */
export type PathKind = 'file' | 'dir' | undefined;
export type Lookup = (path: string) => PathKind;

export type Decision =
  | { status: 200; file: string; headersPath: string }
  | { status: 301; location: string; headersPath: string }
  | { status: 400 | 404; reason: string; headersPath: string }
  | { status: 405; allow: string; headersPath: string };

/** The raw target split into decoded segments, or why it is refused. */
export type ParsedTarget =
  | { ok: true; rawPath: string; query: string; segments: string[]; trailingSlash: boolean }
  | { ok: false; reason: string };

const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x1f\x7f]/;

/** Splits and decodes a raw request target (`/a/b%20c/?q=1`) into path segments and query. */
export function parseTarget(rawTarget: string): ParsedTarget {
  if (rawTarget.length > MAX_TARGET_LENGTH) return { ok: false, reason: 'target too long' };
  if (!rawTarget.startsWith('/')) return { ok: false, reason: 'target is not an absolute path' };
  if (!PRINTABLE_ASCII.test(rawTarget)) return { ok: false, reason: 'characters outside printable ASCII' };
  const queryAt = rawTarget.indexOf('?');
  const rawPath = queryAt === -1 ? rawTarget : rawTarget.slice(0, queryAt);
  const query = queryAt === -1 ? '' : rawTarget.slice(queryAt);
  if (rawPath.length > MAX_PATH_LENGTH) return { ok: false, reason: 'path too long' };
  if (rawPath.includes('#')) return { ok: false, reason: 'fragment in the request target' };
  if (rawPath.includes('\\')) return { ok: false, reason: 'backslash in the path' };
  const trailingSlash = rawPath.endsWith('/');
  const rawSegments = rawPath.slice(1, trailingSlash ? -1 : undefined);
  if (rawSegments === '') return { ok: true, rawPath, query, segments: [], trailingSlash: true };
  const segments: string[] = [];
  for (const raw of rawSegments.split('/')) {
    if (raw === '') return { ok: false, reason: 'empty path segment' };
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { ok: false, reason: 'malformed percent-encoding' };
    }
    if (CONTROL.test(segment)) return { ok: false, reason: 'control character in the path' };
    if (segment.includes('/') || segment.includes('\\')) return { ok: false, reason: 'encoded slash in a segment' };
    if (segment === '.' || segment === '..') return { ok: false, reason: 'dot segment' };
    segments.push(segment);
  }
  return { ok: true, rawPath, query, segments, trailingSlash };
}

const notFound = (reason: string): Decision => ({ status: 404, reason, headersPath: ERROR_PAGE });
const badRequest = (reason: string): Decision => ({ status: 400, reason, headersPath: ERROR_PAGE });

/** What to do with `method rawTarget`, given what exists under the site root. */
export function decide(method: string, rawTarget: string, lookup: Lookup): Decision {
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, allow: ALLOW_HEADER, headersPath: ERROR_PAGE };
  }
  const target = parseTarget(rawTarget);
  if (!target.ok) return badRequest(target.reason);
  const { rawPath, query, segments, trailingSlash } = target;

  if (segments.some((segment) => segment.startsWith('.'))) return notFound('dotfile');
  if (segments[0] !== undefined && HOST_CONFIG_FILES.includes(segments[0])) return notFound('host configuration file');

  const path = `/${segments.join('/')}`;
  const dir = path === '/' ? '/' : `${path}/`;
  if (trailingSlash) {
    return lookup(`${dir}index.html`) === 'file' ? { status: 200, file: `${dir}index.html`, headersPath: dir } : notFound('no such page');
  }
  if (segments.at(-1) === 'index.html' && lookup(path) === 'file') {
    const parent = `/${segments.slice(0, -1).join('/')}${segments.length > 1 ? '/' : ''}`;
    const rawParent = rawPath.slice(0, rawPath.lastIndexOf('/') + 1);
    return { status: 301, location: rawParent + query, headersPath: parent };
  }
  const kind = lookup(path);
  if (kind === 'file') return { status: 200, file: path, headersPath: path };
  if (kind === 'dir' && lookup(`${dir}index.html`) === 'file') {
    return { status: 301, location: `${rawPath}/${query}`, headersPath: dir };
  }
  return notFound('no such file');
}

/** A Lookup over a list of files given as URL paths (`/index.html`, `/features/index.html`), for tests and caches. */
export function lookupFromFiles(files: Iterable<string>): Lookup {
  const kinds = new Map<string, PathKind>();
  for (const file of files) {
    kinds.set(file, 'file');
    const parts = file.split('/').filter(Boolean);
    for (let i = 1; i < parts.length; i++) kinds.set(`/${parts.slice(0, i).join('/')}`, 'dir');
  }
  kinds.set('/', 'dir');
  return (path) => kinds.get(path);
}

/** The port to listen on from a `PORT` value (unset: the default), or a one-line reason it is unusable. */
export function parsePort(value: string | undefined, fallback = 4321): { ok: true; port: number } | { ok: false; message: string } {
  if (value === undefined || value.trim() === '') return { ok: true, port: fallback };
  const port = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return { ok: false, message: `serve: PORT=${JSON.stringify(value)} is not a port number (0-65535; 0 picks a free port)` };
  }
  return { ok: true, port };
}
