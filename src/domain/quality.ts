/**
 * The data-quality scoreboard, computed from the features export (`/data/features.json`) so that
 * anyone can recompute it from the published data: per mesh and overall, how each cell's evidence
 * is made up, how many cells were checked against the release the profile reviewed, and how many
 * are stale or unknown. Browser-safe and pure.
 */
import { PRIMARY_SOURCE_KINDS, type SupportLevel } from '../schemas/vocab';
import { compareVersions } from '../atlas/versions';
import { releaseLine } from '../atlas/freshness';

export interface QualityInput {
  meshes: readonly { id: string; shortName: string; versionReviewed: string }[];
  sources: readonly { url: string; kind: string; vendor: boolean }[];
  features: readonly {
    id: string;
    name: string;
    support: Readonly<Record<string, { level: SupportLevel; sources: readonly string[]; verifiedAgainst: string | null; stale: boolean }>>;
  }[];
}

/** What the scoreboard counts, in the order it shows them, each with what it means. */
export const QUALITY_MEASURES = {
  primary: 'cite at least one primary source (the project’s docs, code, release notes, issue tracker or a conformance report)',
  'vendor-only': 'cite no primary source, only material written by a vendor of a compared mesh (blogs, articles, benchmarks)',
  'third-party-only': 'cite no primary source, only independent third-party material',
  'no-source': 'cite nothing (unknown or not applicable, with what was looked for in the note)',
  'verified-current': 'were checked against the release line the mesh profile says it reviewed',
  stale: 'are stale: never checked, checked against an older release, or checked too long ago',
  unknown: 'are unknown: no one has found evidence either way',
} as const;
export type QualityMeasure = keyof typeof QUALITY_MEASURES;
export const QUALITY_MEASURE_IDS = Object.keys(QUALITY_MEASURES) as QualityMeasure[];

/** The evidence measures partition the cells: each cell is in exactly one of them. */
export const EVIDENCE_MEASURES = ['primary', 'vendor-only', 'third-party-only', 'no-source'] as const satisfies readonly QualityMeasure[];

export interface CellRef {
  feature: string;
  featureName: string;
  mesh: string;
}

export interface QualityScope {
  /** A mesh id, or null for every mesh together. */
  mesh: string | null;
  name: string;
  total: number;
  measures: Record<QualityMeasure, CellRef[]>;
}

/** Which evidence class a cell's sources put it in. */
export function evidenceOf(sources: readonly string[], byUrl: ReadonlyMap<string, { kind: string; vendor: boolean }>): (typeof EVIDENCE_MEASURES)[number] {
  const cited = sources.flatMap((url) => {
    const source = byUrl.get(url);
    return source ? [source] : [];
  });
  if (cited.length === 0) return 'no-source';
  if (cited.some((s) => PRIMARY_SOURCE_KINDS.has(s.kind as never))) return 'primary';
  return cited.some((s) => s.vendor) ? 'vendor-only' : 'third-party-only';
}

const emptyMeasures = (): Record<QualityMeasure, CellRef[]> =>
  Object.fromEntries(QUALITY_MEASURE_IDS.map((m) => [m, []])) as unknown as Record<QualityMeasure, CellRef[]>;

/** One scope per mesh (in the export's order), then the overall scope. */
export function qualityScoreboard(data: QualityInput): { meshes: QualityScope[]; overall: QualityScope } {
  const byUrl = new Map(data.sources.map((s) => [s.url, s]));
  const overall: QualityScope = { mesh: null, name: 'All meshes', total: 0, measures: emptyMeasures() };
  const meshes = data.meshes.map((mesh): QualityScope => {
    const scope: QualityScope = { mesh: mesh.id, name: mesh.shortName, total: 0, measures: emptyMeasures() };
    for (const feature of data.features) {
      const cell = feature.support[mesh.id];
      if (!cell) continue;
      const ref: CellRef = { feature: feature.id, featureName: feature.name, mesh: mesh.id };
      const measures: QualityMeasure[] = [evidenceOf(cell.sources, byUrl)];
      if (cell.verifiedAgainst !== null && compareVersions(releaseLine(cell.verifiedAgainst), releaseLine(mesh.versionReviewed)) === 0) measures.push('verified-current');
      if (cell.stale) measures.push('stale');
      if (cell.level === 'unknown') measures.push('unknown');
      for (const target of [scope, overall]) {
        target.total += 1;
        for (const m of measures) target.measures[m].push(ref);
      }
    }
    return scope;
  });
  return { meshes, overall };
}

/** A share as a whole percentage, "0 %" for an empty scope. */
export const percent = (count: number, total: number): number => (total === 0 ? 0 : Math.round((count / total) * 100));
