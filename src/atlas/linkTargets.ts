/**
 * The pages the site will build from an atlas, and the anchors each page will carry — what the
 * content checker resolves internal links and `#fragments` against, without building. It lists the
 * anchors links may rely on, not every id on a page; an end-to-end test checks every page and
 * anchor listed here against the built site, so this model cannot promise what pages do not have.
 * Pure.
 */
import { comparePairs } from '../domain/compare';
import { guideWithRole } from './queries';
import type { AtlasData, CollectionKey, ContentDocument } from './types';
import { reportSourceId } from './conformance';
import { categoryAnchor, cellAnchor, changeBatchAnchor, chartAnchor, urls } from '../domain/urls';
import { QUALITY_MEASURE_IDS } from '../domain/quality';
import { allChanges, changeBatches } from './history';

/**
 * Path → anchors on that page; `null` where anchors are not checked: a data file, or the page of an
 * entry whose file is broken (its own problem is reported; links to it are not reported again).
 */
export type LinkTargets = Map<string, Set<string> | null>;

/** Heading ids of MDX bodies, by collection and entry id (the parsed bodies supply them). */
export type HeadingIds = Partial<Record<CollectionKey, ReadonlyMap<string, readonly string[]>>>;

/** Fixed sections of the pages that are not made from one entry. */
export const STATIC_PAGES: Readonly<Record<string, readonly string[]>> = {
  [urls.compare()]: ['pairs', 'choose'],
  [urls.guides()]: [],
  [urls.chooser()]: ['result', 'ranked', 'excluded'],
  [urls.calculator()]: ['estimate', 'formula'],
  [urls.search()]: [],
  [urls.data()]: ['files', 'examples'],
  [urls.quality()]: ['measures'],
};

/** The anchors of one project's lifecycle facts, as LifecycleProject renders them with a prefix. */
export const LIFECYCLE_ANCHORS: readonly string[] = ['releases', 'facts', 'cadence', 'support-policy', 'upgrades', 'governance', 'licence', 'distributions'];

/** Data files the site publishes, which pages may link to. */
export const DATA_FILES: readonly string[] = [
  urls.featuresExport(), urls.featuresCsv(), urls.benchmarksExport(), urls.benchmarksCsv(), urls.chartsExport(),
  urls.exportSchema('features'), urls.exportSchema('benchmarks'), urls.exportSchema('charts'),
  urls.changesExport(), urls.lifecycleExport(), urls.exportSchema('changes'), urls.exportSchema('lifecycle'), urls.changesFeed(),
];

/** The page each entry of a collection gets (an MDX body is rendered on its entry's page). */
export const ENTRY_PAGES: Partial<Record<CollectionKey, (id: string) => string>> = {
  meshes: urls.mesh,
  features: urls.feature,
  benchmarks: urls.study,
  guides: urls.guide,
};

/** Heading ids of parsed MDX bodies, keyed as `linkTargets` reads them. */
export function headingIdsOf(documents: readonly ContentDocument[]): HeadingIds {
  const headings: HeadingIds = {};
  for (const { collection, id, body } of documents) {
    ((headings[collection] ??= new Map()) as Map<string, readonly string[]>).set(id, body.headingIds);
  }
  return headings;
}

export function linkTargets(
  atlas: AtlasData,
  headings: HeadingIds = {},
  known: Partial<Record<CollectionKey, ReadonlySet<string>>> = {},
): LinkTargets {
  const targets: LinkTargets = new Map();
  const page = (path: string, anchors: Iterable<string>) => targets.set(path, new Set([...(targets.get(path) ?? []), ...anchors]));
  const bodyIds = (collection: CollectionKey, id: string) => headings[collection]?.get(id) ?? [];
  // Ids of broken files count too: their pages and anchors exist once their own problem is fixed.
  const meshIds = [...new Set([...atlas.meshes.map((m) => m.id), ...(known.meshes ?? [])])];
  const featureIds = [...new Set([...atlas.features.map((f) => f.id), ...(known.features ?? [])])];
  const categories = [...new Set(atlas.features.map((f) => categoryAnchor(f.data.category)))];

  page(urls.home(), ['meshes', ...(atlas.benchmarks.length ? ['studies'] : []), 'changed-recently', 'data-quality']);
  page(urls.features(), [...featureIds, ...categories, ...featureIds.flatMap((f) => meshIds.map((m) => cellAnchor(f, m)))]);
  for (const feature of featureIds) page(urls.feature(feature), ['what', 'why', 'support', 'comparisons', ...meshIds.map((m) => cellAnchor(feature, m))]);
  for (const mesh of meshIds) {
    page(urls.mesh(mesh), [
      'architecture', 'resources', 'how-it-works', 'support', 'results', 'sources', ...categories,
      ...featureIds.map((f) => cellAnchor(f, mesh)), ...bodyIds('meshes', mesh),
    ]);
  }
  // A mesh whose project has lifecycle facts shows them under #lifecycle, with prefixed sub-anchors.
  const withLifecycle = new Set(atlas.lifecycle.map((l) => l.data.project));
  for (const mesh of atlas.meshes) {
    if (mesh.data.project && withLifecycle.has(mesh.data.project)) page(urls.mesh(mesh.id), ['lifecycle', ...LIFECYCLE_ANCHORS.map((a) => `lifecycle-${a}`)]);
  }
  page(urls.lifecycle(), atlas.lifecycle.flatMap((l) => [l.data.project, ...LIFECYCLE_ANCHORS.map((a) => `${l.data.project}-${a}`)]));
  // Every stored report by its source id, and each project with reports.
  page(urls.conformance(), [...atlas.conformance.map((r) => reportSourceId(r.data)), ...atlas.lifecycle.filter((l) => l.data.conformance.length).map((l) => l.data.project)]);
  page(urls.glossary(), atlas.glossary.map((g) => g.id));
  const { dated, undated } = changeBatches(allChanges(atlas));
  page(urls.changes(), [...dated.map((b) => changeBatchAnchor(b.date)), ...allChanges(atlas).map((c) => c.id), ...(undated.length ? ['undated'] : [])]);
  page(urls.qualityCellsPage(), [...QUALITY_MEASURE_IDS, ...QUALITY_MEASURE_IDS.flatMap((m) => meshIds.map((mesh) => `${m}-${mesh}`))]);
  for (const { a, b } of comparePairs(meshIds)) {
    page(urls.pair(a, b), ['differences', 'architecture', 'studies', 'agree', 'sources', ...featureIds]);
  }
  // "Why the studies disagree" is there when a guide holds that role, with that guide's headings.
  const disagree = guideWithRole(atlas, 'studies-disagree');
  page(urls.benchmarks(), ['conditions', 'all', ...atlas.benchmarks.map((s) => s.id), ...(disagree ? ['disagree', ...bodyIds('guides', disagree.id)] : [])]);
  for (const { id, data } of atlas.benchmarks) {
    page(urls.study(id), [
      'conditions', 'results', 'reading', 'caveats', 'sources',
      ...(data.charts.length ? ['charts'] : []),
      ...data.charts.map((c) => chartAnchor(c.id)),
      ...new Set(data.results.map((r) => r.metric)),
      ...bodyIds('benchmarks', id),
    ]);
    for (const chart of data.charts) page(urls.chartEmbed(chart.id), [chartAnchor(chart.id)]);
  }
  for (const { id } of atlas.guides) page(urls.guide(id), [...bodyIds('guides', id), 'sources']);
  page(urls.sources(), atlas.sources.map((s) => s.id));
  for (const [path, anchors] of Object.entries(STATIC_PAGES)) page(path, anchors);
  for (const file of DATA_FILES) targets.set(file, null);
  for (const [collection, pageOf] of Object.entries(ENTRY_PAGES) as [CollectionKey, (id: string) => string][]) {
    for (const id of known[collection] ?? []) if (!targets.has(pageOf(id))) targets.set(pageOf(id), null);
  }
  return targets;
}

/**
 * Why an internal link does not resolve, or null when it does. `from` is the page the link is on
 * (for `#anchor` links). Query strings are the page's own business and are not checked.
 */
export function internalLinkProblem(url: string, from: string, targets: LinkTargets): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || /^[/\\]{2}/.test(url)) return null; // not internal: the URL policy checks those
  const [beforeHash, fragment] = url.split('#', 2) as [string, string | undefined];
  const path = beforeHash.split('?', 1)[0]!;
  if (path && !path.startsWith('/')) return `"${url}" is a relative link; write the path from the site root (/features/…)`;
  const target = path || from;
  if (!targets.has(target)) {
    const slashed = `${target}/`;
    return targets.has(slashed) ? `"${url}": write ${slashed} (site URLs end with a slash)` : `"${url}": no page ${target} is built`;
  }
  if (!fragment) return null;
  const anchors = targets.get(target);
  if (anchors === null) return null;
  let anchor = fragment;
  try {
    anchor = decodeURIComponent(fragment);
  } catch {
    return `"${url}": #${fragment} is not a valid percent-encoded anchor`;
  }
  if (!anchors!.has(anchor)) return `"${url}": ${target} has no anchor #${fragment}`;
  return null;
}
