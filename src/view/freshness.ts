/**
 * Pages about freshness: `/changes/` (every recorded change, by day, filterable by mesh and date),
 * the data-quality scoreboard `/quality/` with the cells behind each number (`/quality/cells/`),
 * and what the home page shows of both.
 */
import type { AtlasData } from '../atlas/types';
import { allChanges, changeBatches, staleCells, type CellChange } from '../atlas/history';
import { meshesBaselineLast, sourceById, type MeshEntry } from '../atlas/queries';
import { cellFreshness, STALE_AFTER_DAYS, staleReasonText } from '../atlas/freshness';
import { buildFeaturesExport } from '../exports/exports';
import { changeLine } from '../domain/history';
import { EVIDENCE_MEASURES, percent, qualityScoreboard, QUALITY_MEASURE_IDS, QUALITY_MEASURES, type QualityMeasure, type QualityScope } from '../domain/quality';
import { changeBatchAnchor, urls } from '../domain/urls';
import { HISTORY_KINDS } from '../schemas/vocab';
import { dated } from './shared';

const changeItem = (atlas: AtlasData) => ({ id, mesh, feature, entry }: CellChange) => ({
  id,
  mesh: mesh.id,
  date: entry.date ?? '',
  cell: { href: urls.featureCell(feature.id, mesh.id), label: `${feature.data.name} — ${mesh.data.shortName}` },
  line: changeLine(entry),
  kind: entry.kind === 'release' ? 'Upstream release' : 'Atlas review',
  kindDescription: HISTORY_KINDS[entry.kind],
  reason: entry.reason,
  sources: entry.sources.map((ref) => sourceById(atlas, ref.id)),
});

export function changesPageView(atlas: AtlasData) {
  const changes = allChanges(atlas);
  const { dated: batches, undated } = changeBatches(changes);
  const item = changeItem(atlas);
  const meshes = meshesBaselineLast(atlas).map((m) => ({ id: m.id, name: m.data.shortName }));
  return {
    path: urls.changes(),
    total: changes.length,
    meshes,
    meshIds: meshes.map((m) => m.id).join(','),
    feed: urls.changesFeed(),
    json: urls.changesExport(),
    batches: batches.map((b) => ({
      anchor: changeBatchAnchor(b.date),
      date: dated(b.date),
      count: b.changes.length,
      changes: b.changes.map(item),
    })),
    undated: undated.map(item),
  };
}

/** The newest changes, for the home page. */
export function recentChanges(atlas: AtlasData, count = 5) {
  const item = changeItem(atlas);
  return allChanges(atlas)
    .filter((c) => c.entry.date)
    .slice(0, count)
    .map((c) => ({ ...item(c), date: dated(c.entry.date!), href: urls.change(c.id) }));
}

/** The scoreboard of an atlas on a build date, computed once for every page that shows it. */
const boards = new WeakMap<AtlasData, Map<string, ReturnType<typeof qualityScoreboard>>>();
function scoreboardOn(atlas: AtlasData, today: string) {
  const byDay = boards.get(atlas) ?? new Map<string, ReturnType<typeof qualityScoreboard>>();
  boards.set(atlas, byDay);
  if (!byDay.has(today)) byDay.set(today, qualityScoreboard(buildFeaturesExport(atlas, today)));
  return byDay.get(today)!;
}

const MEASURE_LABELS: Record<QualityMeasure, string> = {
  primary: 'Primary source',
  'vendor-only': 'Vendor material only',
  'third-party-only': 'Third-party only',
  'no-source': 'No source',
  'verified-current': 'Checked against the reviewed release',
  stale: 'Stale',
  unknown: 'Unknown',
};
/** Measures shown as a share of the cells (the rest are counts). */
const SHARES: ReadonlySet<QualityMeasure> = new Set([...EVIDENCE_MEASURES, 'verified-current']);

const scopeRow = (scope: QualityScope) => ({
  name: scope.name,
  mesh: scope.mesh,
  href: scope.mesh ? urls.mesh(scope.mesh) : null,
  total: scope.total,
  cells: QUALITY_MEASURE_IDS.map((measure) => {
    const count = scope.measures[measure].length;
    return {
      measure,
      count,
      text: SHARES.has(measure) ? `${percent(count, scope.total)} %` : String(count),
      /** The count in words for screen readers and the link's title. */
      label: `${count} of ${scope.total} cells`,
      href: count > 0 ? urls.qualityCells(measure, scope.mesh) : null,
    };
  }),
});

export function qualityPageView(atlas: AtlasData, today: string) {
  const board = scoreboardOn(atlas, today);
  return {
    today: dated(today),
    staleAfterDays: STALE_AFTER_DAYS,
    measures: QUALITY_MEASURE_IDS.map((id) => ({ id, label: MEASURE_LABELS[id], description: QUALITY_MEASURES[id], share: SHARES.has(id) })),
    rows: board.meshes.map(scopeRow),
    overall: scopeRow(board.overall),
    cellsPage: urls.qualityCellsPage(),
    featuresJson: urls.featuresExport(),
    changes: urls.changes(),
    studies: atlas.benchmarks.length,
  };
}

export function qualityCellsView(atlas: AtlasData, today: string) {
  const board = scoreboardOn(atlas, today);
  const byMesh = new Map(meshesBaselineLast(atlas).map((m) => [m.id, m]));
  const reasons = new Map(staleCells(atlas, today).map((s) => [`${s.feature.id}/${s.mesh.id}`, s.reasons]));
  return {
    today: dated(today),
    scoreboard: urls.quality(),
    measures: QUALITY_MEASURE_IDS.map((measure) => ({
      id: measure,
      label: MEASURE_LABELS[measure],
      description: QUALITY_MEASURES[measure],
      count: board.overall.measures[measure].length,
      meshes: board.meshes.map((scope) => ({
        anchor: `${measure}-${scope.mesh}`,
        name: byMesh.get(scope.mesh!)!.data.name,
        cells: scope.measures[measure].map((ref) => ({
          href: urls.featureCell(ref.feature, ref.mesh),
          label: ref.featureName,
          stale: measure === 'stale' ? (reasons.get(`${ref.feature}/${ref.mesh}`) ?? []).map(staleReasonText) : [],
        })),
      })),
    })),
  };
}

/** The home page's data-quality headline. */
export function qualityHeadline(atlas: AtlasData, today: string) {
  const { overall } = scoreboardOn(atlas, today);
  const m = overall.measures;
  return {
    href: urls.quality(),
    total: overall.total,
    primary: percent(m.primary.length, overall.total),
    current: percent(m['verified-current'].length, overall.total),
    stale: m.stale.length,
    unknown: m.unknown.length,
  };
}

/** A mesh page's freshness line: how many of its cells are stale, and where the list is. */
export function meshFreshness(atlas: AtlasData, mesh: MeshEntry, today: string) {
  const stale = Object.values(mesh.data.support).filter((cell) => cellFreshness(cell, mesh.data.versionReviewed, today).stale).length;
  const changes = allChanges(atlas).filter((c) => c.mesh.id === mesh.id).length;
  return {
    stale,
    total: Object.keys(mesh.data.support).length,
    staleHref: urls.qualityCells('stale', mesh.id),
    changes,
    changesHref: urls.changesView({ mesh: mesh.id }),
  };
}
