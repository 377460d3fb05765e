/**
 * Shared helpers for the end-to-end tests: the site's public exports, typed, and ways to choose
 * content by its role ("the baseline mesh", "two meshes that differ", "a cell with sources") rather
 * than by name. No test names a mesh, feature, study or chart: they read what they need from the
 * exports or the built pages, so they keep working when the content changes. When the content lacks
 * a situation a test needs, `need` fails it with a message saying what is missing.
 */
import { expect, test, type Page, type APIRequestContext } from '@playwright/test';
import type { buildChangesExport, buildFeaturesExport, buildLifecycleExport } from '../../src/exports/exports';
import { builtPages, DIST, readPage } from '../../scripts/lib/builtSite';

/**
 * The built site the current project tests: `dist/`, or the more-meshes fixture's build (see
 * playwright.config.ts). Specs read built files through this, never through a fixed path.
 */
export const siteDir = (): string => (test.info().project.metadata['dist'] as string | undefined) ?? DIST;

/** A support cell and a history entry as `/data/features.json` has them (the builder's own types). */
export type CellExport = ReturnType<typeof buildFeaturesExport>['features'][number]['support'][string];
export type HistoryExport = CellExport['history'][number];
export type ChangeExport = ReturnType<typeof buildChangesExport>['changes'][number];
export type LifecycleExport = ReturnType<typeof buildLifecycleExport>;
export interface MeshExport {
  id: string;
  name: string;
  shortName: string;
  project: string | null;
  projectName: string | null;
  baseline: boolean;
  versionReviewed: string;
}
export interface FeatureExport {
  id: string;
  name: string;
  aliases: string[];
  description: string;
  category: string;
  support: Record<string, CellExport>;
}
export interface FeaturesExport {
  meshes: MeshExport[];
  /** The meshes proper (no baseline), in display order. */
  compared: string[];
  sources: { id: string; url: string; title: string; publisher: string; kind: string; vendor: boolean; vendorOf: string[] }[];
  stalePolicy: { asOf: string; maxAgeDays: number };
  features: FeatureExport[];
}
export interface ResultExport {
  mesh: string;
  variant: string;
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  approximate: boolean;
  range: { min: number; max: number } | null;
  relativeTo: string | null;
}
export interface BenchmarksExport {
  studies: { id: string; title: string; results: ResultExport[] }[];
}
export interface ChartsExport {
  charts: { id: string; title: string; study: string; embed: string; svg: string; png: string; svgDark: string; pngDark: string; csv: string; page: string }[];
}

export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.ok(), `${path} answers ${response.status()}`).toBe(true);
  return (await response.json()) as T;
}

export const features = (request: APIRequestContext) => getJson<FeaturesExport>(request, '/data/features.json');
export const benchmarks = (request: APIRequestContext) => getJson<BenchmarksExport>(request, '/data/benchmarks.json');
export const charts = (request: APIRequestContext) => getJson<ChartsExport>(request, '/data/charts.json');
export const changes = (request: APIRequestContext) => getJson<{ changes: ChangeExport[] }>(request, '/data/changes.json');
export const lifecycle = (request: APIRequestContext) => getJson<LifecycleExport>(request, '/data/lifecycle.json');

/** Collects console errors and uncaught exceptions while a page is used. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

/** Fails the test, naming what the content lacks for it. */
export function missing(what: string): never {
  throw new Error(`The content has no ${what}, which this test needs. Add such content or change the test.`);
}

/** The value, or a failure naming what the content lacks for this test (also for an empty list). */
export function need<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) missing(what);
  return value;
}

/** The local path of an absolute URL from an export (exports carry the public site's URLs). */
export const local = (url: string) => {
  const { pathname, hash } = new URL(url);
  return `${pathname}${hash}`;
};

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads the number a table cell starts with: "~70 MB (range …)" → 70, "+56%" → 56, "1,234.5 ms" → 1234.5. */
export function leadingNumber(text: string): number | null {
  const match = /^\s*~?([+\-−]?)([\d,]*\.?\d+)/.exec(text);
  if (!match) return null;
  const value = Number(match[2]!.replaceAll(',', ''));
  return match[1] === '-' || match[1] === '−' ? -value : value;
}

// ---- Meshes and cells, by role ----

/** What makes two cells "the same" for a reader: level, maturity and requirements. */
export const signature = (cell: CellExport) => [cell.level, cell.maturity ?? '', [...cell.requires].sort().join('+')].join('|');

/** The mesh the export marks as the baseline (no mesh at all). */
export const baselineMesh = (data: FeaturesExport) => need(data.meshes.find((m) => m.baseline), 'baseline mesh (a mesh with baseline: true)');

/** The meshes proper: every mesh the export does not mark as baseline. */
export const meshesProper = (data: FeaturesExport) => data.meshes.filter((m) => !m.baseline);

export const meshById = (data: FeaturesExport, id: string) => need(data.meshes.find((m) => m.id === id), `mesh "${id}" in the export`);

/** The canonical comparison of two meshes: ids in alphabetical order. */
export function canonicalPair(first: string, second: string) {
  const [a, b] = [first, second].sort() as [string, string];
  return { a, b, path: `/compare/${a}-vs-${b}/`, reverse: `/compare/${b}-vs-${a}/` };
}

/** Every unordered pair of the given mesh ids, canonical. */
export function allPairs(ids: readonly string[]) {
  const pairs: ReturnType<typeof canonicalPair>[] = [];
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.push(canonicalPair(ids[i]!, ids[j]!));
  return pairs;
}

/** The features on which two meshes differ (level, maturity or requirements), in export order. */
export const differingFeatures = (data: FeaturesExport, a: string, b: string) =>
  data.features.filter((f) => signature(f.support[a]!) !== signature(f.support[b]!));

/** The first canonical pair of meshes that differ on at least one feature. */
export function differingPair(data: FeaturesExport) {
  const pair = allPairs(data.meshes.map((m) => m.id)).find(({ a, b }) => differingFeatures(data, a, b).length > 0);
  return need(pair, 'pair of meshes that differ on any feature');
}

/** Every cell as (feature, mesh), in export order. */
export const allCells = (data: FeaturesExport) => data.features.flatMap((feature) => data.meshes.map((mesh) => ({ feature, mesh, cell: feature.support[mesh.id]! })));

/** A cell that cites at least one source, preferring the one that cites most. */
export function cellWithSources(data: FeaturesExport) {
  const cells = allCells(data).filter(({ cell }) => cell.sources.length > 0);
  return need(cells.sort((x, y) => y.cell.sources.length - x.cell.sources.length)[0], 'support cell with a source');
}

/** A feature whose cells are not all alike across the given meshes. */
export const differsAmong = (feature: FeatureExport, meshIds: readonly string[]) => new Set(meshIds.map((id) => signature(feature.support[id]!))).size > 1;

/**
 * A word for the matrix's text filter that matches some features but not all, and the features it
 * matches, by the matrix's rule (every word is found in name, aliases or description, ignoring case).
 */
export function narrowingFilter(data: FeaturesExport) {
  const text = (f: FeatureExport) => [f.name, ...f.aliases, f.description].join(' ').toLowerCase();
  const candidates = [...new Set(data.features.flatMap((f) => [...f.aliases, ...f.name.split(/\s+/)]))].filter((w) => /^[A-Za-z][A-Za-z0-9]{2,}$/.test(w));
  for (const term of candidates) {
    const matching = data.features.filter((f) => text(f).includes(term.toLowerCase()));
    if (matching.length > 0 && matching.length < data.features.length) return { term, matching };
  }
  return missing('word in a feature name or alias that matches some features but not all');
}

// ---- Search: words chosen from the built pages ----

/** The text Pagefind indexes, per page: the main element of pages that mark it data-pagefind-body. */
function indexedText(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const path of builtPages(siteDir())) {
    const main = /<main\b[^>]*\bdata-pagefind-body[^>]*>([\s\S]*?)<\/main>/.exec(readPage(path, siteDir()));
    if (!main) continue;
    const text = main[1]!
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .toLowerCase();
    texts.set(path, text);
  }
  return texts;
}

/**
 * A word on the page at `path` that few indexed pages contain, for search tests. Pagefind stems
 * words and matches prefixes, so a page counts as containing the word when any of its words shares
 * the word's first five letters (words of eight letters or more, whose stems keep at least five):
 * an overcount, never an undercount of what the search will find. `where` says which pages must or
 * must not contain it; `limit` is the most pages it may be on (a result list's length). Fewest wins.
 */
export function rareWord(path: string, options: { where?: (pages: Set<string>) => boolean; limit: number }): { word: string; pages: Set<string> } {
  const texts = indexedText();
  const own = texts.get(path);
  if (!own) throw new Error(`${path} is not an indexed page`);
  const stem = (word: string) => word.slice(0, 5);
  const index = new Map<string, Set<string>>();
  for (const [page, text] of texts) {
    for (const word of new Set(text.match(/[a-z0-9]{5,}/g) ?? [])) {
      if (!index.has(stem(word))) index.set(stem(word), new Set());
      index.get(stem(word))!.add(page);
    }
  }
  const words = [...new Set(own.match(/(?<![a-z0-9])[a-z]{8,}(?![a-z0-9])/g) ?? [])];
  const candidates = words
    .map((word) => ({ word, pages: index.get(stem(word)) ?? new Set<string>() }))
    .filter(({ pages }) => pages.size <= options.limit && (options.where?.(pages) ?? true))
    .sort((x, y) => x.pages.size - y.pages.size || y.word.length - x.word.length || x.word.localeCompare(y.word));
  return need(candidates[0], `word on ${path} that at most ${options.limit} indexed pages contain${options.where ? ' (and on the other pages the test needs)' : ''}`);
}
