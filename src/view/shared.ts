/**
 * Pieces several page view models share. View models (one per page, in this folder) are pure: they
 * take the atlas and the page's params and return plain data the page's markup renders, so a page
 * is a query plus markup and what it shows is unit-tested without Astro.
 */
import { comparedMeshes, featuresByCategory, featuresInMatrixOrder, meshesBaselineLast, memoize, type FeatureEntry, type MeshEntry } from '../atlas/queries';
import { compareSupport, type FeatureComparison } from '../domain/compare';
import type { AtlasData, StudyEntry } from '../atlas/types';
import { formatDate } from '../domain/format';
import { urls, type MatrixOptions } from '../domain/urls';

/** A date as the markup shows it: `<time datetime={iso}>{text}</time>`. */
export interface DateText {
  iso: string;
  text: string;
}

export const dated = (iso: string): DateText => ({ iso, text: formatDate(iso) });

/** A link as the markup renders it. */
export interface Link {
  href: string;
  label: string;
}

/** The feature matrix's URL-state options: its columns (compared meshes, then the baseline) and categories. */
export function matrixOptions(atlas: AtlasData): MatrixOptions {
  return {
    meshIds: meshesBaselineLast(atlas).map((m) => m.id),
    categoryIds: featuresByCategory(atlas).map((g) => g.category),
  };
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A small count in words, as prose writes it ("two to four"); figures from 11 on. */
export const numberWord = (n: number) => WORDS[n] ?? String(n);

/** "a, b and c" (or "a, b or c"): a list in prose. */
export function listInProse(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/**
 * The compared meshes in prose, one project at a time, from the mesh files' names: a project with
 * several modes names them after the project ("Istio (sidecar and ambient)" or, as `modes`, "Istio in
 * sidecar and ambient mode"), or only the project ("Istio", as `projects`); a mode is the short name
 * without the project's name.
 */
export function comparedInProse(atlas: AtlasData, style: 'parenthetical' | 'modes' | 'projects', conjunction: 'and' | 'or' = 'and'): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const mesh of comparedMeshes(atlas)) {
    const { project, projectName } = mesh.data;
    if (!project || !projectName) {
      parts.push(mesh.data.shortName);
      continue;
    }
    if (seen.has(project)) continue;
    seen.add(project);
    const modes = comparedMeshes(atlas).filter((m) => m.data.project === project);
    if (modes.length === 1 || style === 'projects') {
      parts.push(projectName);
      continue;
    }
    const names = listInProse(modes.map((m) => m.data.shortName.replace(projectName, '').trim() || m.data.shortName));
    parts.push(style === 'modes' ? `${projectName} in ${names} mode` : `${projectName} (${names})`);
  }
  return listInProse(parts, conjunction);
}

/** A study as lists of studies show it: linked title, byline (publisher, date, vendor mark) and summary. */
export const studyListItem = (study: StudyEntry) => ({
  href: urls.study(study.id),
  title: study.data.title,
  publisher: study.data.publisher,
  date: study.data.date,
  vendorOf: study.data.vendorOf,
  summary: study.data.summary,
});

type PairSupport = { differing: FeatureComparison<FeatureEntry>[]; same: FeatureComparison<FeatureEntry>[] };
const pairCache = memoize((_atlas: AtlasData) => new Map<string, PairSupport>());

/**
 * Two meshes' cells compared feature by feature, in matrix order (`compareSupport`). The compare
 * index, each pair page and each pair's preview image ask for the same pairs: derived once per atlas.
 */
export function pairSupport(atlas: AtlasData, a: MeshEntry, b: MeshEntry): PairSupport {
  const cache = pairCache(atlas);
  const key = `${a.id}\u0000${b.id}`;
  if (!cache.has(key)) cache.set(key, compareSupport(featuresInMatrixOrder(atlas), [a, b]));
  return cache.get(key)!;
}
