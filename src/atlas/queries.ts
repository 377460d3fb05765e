/**
 * Pure queries over validated content. Pages call these instead of filtering collections
 * themselves, so every page that shows the same thing derives it the same way.
 */
import { CATEGORIES, CATEGORY_IDS, METRICS, type Category, type GuideRole, type MetricId, type StudyRole } from '../schemas/vocab';
import type { GuideData, ResultData, SupportCellData } from '../schemas';
import type { AtlasData, Entry, FeatureEntry, MeshEntry, SourceEntry, StudyEntry } from './types';
import { countLevels, type LevelCounts } from './levels';
import { latestDate } from '../domain/format';
import { urls } from '../domain/urls';

export type { FeatureEntry, MeshEntry, SourceEntry, StudyEntry } from './types';

const byOrderThenName = <T extends { data: { order: number; name: string } }>(a: T, b: T) =>
  a.data.order - b.data.order || a.data.name.localeCompare(b.data.name);

/**
 * Memoizes a derivation per atlas (or per entry): every page of a build asks the same questions of
 * the same content, and asking once keeps build time linear in the number of pages.
 */
export function memoize<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, derive(key));
    return cache.get(key)!;
  };
}

/** Meshes in display order, the no-mesh baseline first. */
export const sortedMeshes = memoize((atlas: AtlasData): MeshEntry[] => [...atlas.meshes].sort(byOrderThenName));

/** Meshes proper, without the baseline. */
export function comparedMeshes(atlas: AtlasData): MeshEntry[] {
  return sortedMeshes(atlas).filter((mesh) => !mesh.data.baseline);
}

/** The no-mesh baseline(s), in display order. */
export function baselineMeshes(atlas: AtlasData): MeshEntry[] {
  return sortedMeshes(atlas).filter((mesh) => mesh.data.baseline);
}

/**
 * The compared meshes in display order, then the baseline: the order of lists and matrix columns,
 * where the baseline closes the list as the point of comparison.
 */
export const meshesBaselineLast = memoize((atlas: AtlasData): MeshEntry[] => [...comparedMeshes(atlas), ...baselineMeshes(atlas)]);

export interface FeatureGroup {
  category: Category;
  label: string;
  features: FeatureEntry[];
}

/** Features grouped by category in matrix order; empty categories are left out. */
export const featuresByCategory = memoize((atlas: AtlasData): FeatureGroup[] =>
  CATEGORY_IDS.map((category) => ({
    category,
    label: CATEGORIES[category],
    features: atlas.features.filter((f) => f.data.category === category).sort(byOrderThenName),
  })).filter((group) => group.features.length > 0),
);

/** Every feature in matrix order: categories in vocabulary order, then order and name within each. */
export const featuresInMatrixOrder = memoize((atlas: AtlasData): FeatureEntry[] => featuresByCategory(atlas).flatMap((g) => g.features));

/** Counts a mesh's cells per support level. */
export function supportSummary(mesh: MeshEntry): LevelCounts {
  return countLevels(Object.values(mesh.data.support).map((cell) => cell.level));
}

/** The cell of one mesh for one feature. Integrity guarantees it exists for known features. */
export function cellFor(mesh: MeshEntry, featureId: string): SupportCellData {
  const cell = mesh.data.support[featureId];
  if (!cell) throw new Error(`${mesh.filePath}: support.${featureId} is missing`);
  return cell;
}

export interface MetricTable {
  metric: MetricId;
  label: string;
  unit: string;
  results: ResultData[];
}

/** A study's results grouped by metric (in vocabulary order), rows in mesh display order. */
export function resultsByMetric(study: StudyEntry, meshOrder: string[]): MetricTable[] {
  const rank = (id: string) => {
    const index = meshOrder.indexOf(id);
    return index === -1 ? meshOrder.length : index;
  };
  const tables: MetricTable[] = [];
  for (const metric of Object.keys(METRICS) as MetricId[]) {
    const results = study.data.results
      .filter((r) => r.metric === metric)
      .sort((a, b) => rank(a.mesh.id) - rank(b.mesh.id));
    if (results.length) tables.push({ metric, label: METRICS[metric].label, unit: METRICS[metric].unit, results });
  }
  return tables;
}

/** Newest study first; undated studies last, then by id so the order is stable. */
export const byStudyDate = (a: StudyEntry, b: StudyEntry) =>
  (b.data.date ?? '').localeCompare(a.data.date ?? '') || a.id.localeCompare(b.id);

/** Studies that measured a mesh, each with only that mesh's results, newest study first. */
export function studiesForMesh(atlas: AtlasData, meshId: string): { study: StudyEntry; results: ResultData[] }[] {
  return atlas.benchmarks
    .map((study) => ({ study, results: study.data.results.filter((r) => r.mesh.id === meshId) }))
    .filter((entry) => entry.results.length > 0)
    .sort((a, b) => byStudyDate(a.study, b.study));
}

/** The meshes a study measured, in display order. */
export function meshesInStudy(atlas: AtlasData, study: StudyEntry): MeshEntry[] {
  const measured = new Set(study.data.results.map((r) => r.mesh.id));
  return sortedMeshes(atlas).filter((mesh) => measured.has(mesh.id));
}

/** Every source id a mesh file cites, in first-cited order. */
export function sourceIdsOfMesh(mesh: MeshEntry): string[] {
  const ids = new Set<string>();
  const add = (refs: { id: string }[]) => refs.forEach((ref) => ids.add(ref.id));
  add(mesh.data.architecture.sources);
  add(mesh.data.resourceModel.sources);
  mesh.data.strengths.forEach((s) => add(s.sources));
  mesh.data.limits.forEach((s) => add(s.sources));
  Object.values(mesh.data.support).forEach((cell) => {
    add(cell.sources);
    cell.history.forEach((entry) => add(entry.sources));
  });
  return [...ids];
}

export interface Citation {
  label: string;
  href: string;
}

/** Calls `visit` with the id of every source reference (`{ id, collection: 'sources' }`) inside `data`. */
function walkRefs(data: unknown, visit: (id: string) => void): void {
  if (Array.isArray(data)) data.forEach((item) => walkRefs(item, visit));
  else if (data && typeof data === 'object') {
    const ref = data as { id?: unknown; collection?: unknown };
    if (ref.collection === 'sources' && typeof ref.id === 'string') visit(ref.id);
    else Object.values(data).forEach((value) => walkRefs(value, visit));
  }
}

/** For each source id, the pages that cite it (backlinks for the sources page). */
export function citationsBySource(atlas: AtlasData): Map<string, Citation[]> {
  const map = new Map<string, Citation[]>();
  const add = (sourceId: string, citation: Citation) => {
    const list = map.get(sourceId) ?? [];
    if (!list.some((c) => c.href === citation.href)) list.push(citation);
    map.set(sourceId, list);
  };
  for (const mesh of sortedMeshes(atlas)) {
    for (const id of sourceIdsOfMesh(mesh)) add(id, { label: mesh.data.name, href: urls.mesh(mesh.id) });
  }
  for (const study of atlas.benchmarks) {
    for (const ref of study.data.sources) add(ref.id, { label: study.data.title, href: urls.study(study.id) });
  }
  const names = projectNames(atlas);
  for (const { data } of atlas.lifecycle) {
    const citation = { label: `${names[data.project] ?? data.project} lifecycle`, href: urls.lifecycleProject(data.project) };
    walkRefs(data, (id) => add(id, citation));
  }
  return map;
}

const sourceIndex = memoize((atlas: AtlasData) => new Map(atlas.sources.map((s) => [s.id, s])));

/** Looks a source up by id; integrity guarantees that cited ids exist. */
export function sourceById(atlas: AtlasData, id: string): SourceEntry {
  const source = sourceIndex(atlas).get(id);
  if (!source) throw new Error(`unknown source id "${id}"`);
  return source;
}


/** The date the data as a whole was last reviewed: the latest review or verification date. */
export function dataReviewedDate(atlas: AtlasData): string | undefined {
  return latestDate([
    ...atlas.meshes.map((m) => m.data.reviewed),
    ...atlas.meshes.flatMap((m) => Object.values(m.data.support).flatMap((c) => (c.verified ? [c.verified] : []))),
    ...atlas.benchmarks.map((b) => b.data.verified),
  ]);
}

export interface ProjectInfo {
  id: string;
  name: string;
  /** Its meshes' ids, in display order. */
  meshes: string[];
}

/** The projects the mesh files declare, in the display order of their first mesh. */
export const projectsOf = memoize((atlas: AtlasData): ProjectInfo[] => {
  const projects = new Map<string, ProjectInfo>();
  for (const mesh of sortedMeshes(atlas)) {
    const { project, projectName } = mesh.data;
    if (!project) continue;
    const info = projects.get(project) ?? { id: project, name: projectName ?? project, meshes: [] };
    info.meshes.push(mesh.id);
    projects.set(project, info);
  }
  return [...projects.values()];
});

/** Project id → name, for vendor marks ("vendor: Istio"); an id no mesh declares reads as itself. */
export const projectNames = memoize((atlas: AtlasData): Record<string, string> =>
  Object.fromEntries(projectsOf(atlas).map((p) => [p.id, p.name])),
);

/** The study holding a role (see STUDY_ROLES), or undefined when none does. */
export function studyWithRole(atlas: AtlasData, role: StudyRole): StudyEntry | undefined {
  return atlas.benchmarks.find((study) => study.data.roles.includes(role));
}

/** The guide holding a role (see GUIDE_ROLES), or undefined when none does. */
export function guideWithRole(atlas: AtlasData, role: GuideRole): Entry<GuideData> | undefined {
  return atlas.guides.find((guide) => guide.data.roles.includes(role));
}
