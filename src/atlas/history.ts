/**
 * The atlas's history and freshness, derived from the cells: every recorded change (for
 * `/changes/`, the Atom feed and `/data/changes.json`), changes batched by date, and the stale
 * cells (for the matrix, mesh pages and `npm run stale`).
 */
import type { HistoryEntryData, SupportCellData } from '../schemas';
import type { AtlasData } from './types';
import { featuresInMatrixOrder, meshesBaselineLast, memoize, type FeatureEntry, type MeshEntry } from './queries';
import { cellFreshness, type StaleReason } from './freshness';
import { compareVersions } from './versions';

export interface CellChange {
  /** Stable anchor and feed id: mesh, feature and the entry's place in the cell's history. */
  id: string;
  mesh: MeshEntry;
  feature: FeatureEntry;
  entry: HistoryEntryData;
}

/** A change's anchor: appending entries to a cell's history never changes an older one's id. */
export const changeId = (mesh: string, feature: string, index: number) => `${feature}-${mesh}-${index + 1}`;

/**
 * Every change, newest first: dated changes by date (then matrix order), undated release changes
 * after them, newest version first within a mesh.
 */
export const allChanges = memoize((atlas: AtlasData): CellChange[] => {
  const meshes = meshesBaselineLast(atlas);
  const features = featuresInMatrixOrder(atlas);
  const changes: (CellChange & { order: number })[] = [];
  let order = 0;
  for (const feature of features) {
    for (const mesh of meshes) {
      mesh.data.support[feature.id]?.history.forEach((entry, index) => {
        changes.push({ id: changeId(mesh.id, feature.id, index), mesh, feature, entry, order: order++ });
      });
    }
  }
  return changes
    .sort((a, b) => {
      const [da, db] = [a.entry.date ?? '', b.entry.date ?? ''];
      if (da !== db) return da < db ? 1 : -1;
      if (!da && a.mesh.id === b.mesh.id) {
        const byVersion = compareVersions(b.entry.version ?? '', a.entry.version ?? '');
        if (byVersion) return byVersion;
      }
      return a.order - b.order;
    })
    .map(({ order: _order, ...change }) => change);
});

export interface ChangeBatch {
  date: string;
  changes: CellChange[];
}

/** Dated changes grouped by day, newest day first, and the undated ones. */
export function changeBatches(changes: readonly CellChange[]): { dated: ChangeBatch[]; undated: CellChange[] } {
  const dated: ChangeBatch[] = [];
  const undated: CellChange[] = [];
  for (const change of changes) {
    const date = change.entry.date;
    if (!date) {
      undated.push(change);
      continue;
    }
    const batch = dated.at(-1);
    if (batch?.date === date) batch.changes.push(change);
    else dated.push({ date, changes: [change] });
  }
  return { dated, undated };
}

/** Changes dated on or after `since` (YYYY-MM-DD). */
export const changesSince = (changes: readonly CellChange[], since: string) => changes.filter((c) => (c.entry.date ?? '') >= since);

export interface StaleCell {
  mesh: MeshEntry;
  feature: FeatureEntry;
  cell: SupportCellData;
  reasons: StaleReason[];
}

/** Every stale cell on `today`, by mesh (table order) then matrix order. */
export function staleCells(atlas: AtlasData, today: string): StaleCell[] {
  const features = featuresInMatrixOrder(atlas);
  return meshesBaselineLast(atlas).flatMap((mesh) =>
    features.flatMap((feature) => {
      const cell = mesh.data.support[feature.id];
      if (!cell) return [];
      const { stale, reasons } = cellFreshness(cell, mesh.data.versionReviewed, today);
      return stale ? [{ mesh, feature, cell, reasons }] : [];
    }),
  );
}
