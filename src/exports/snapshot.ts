/**
 * The drift check, after web-features' `dist --check`: the features export is committed as a
 * snapshot (`snapshots/features.json`), and a cell whose guarded fields (level, maturity,
 * requirements, since, removed) differ from it must say why in a history entry. Pure: the test and
 * `npm run snapshot` feed it the snapshot file and the export built from the content.
 */
import { GUARDED_FIELDS, type GuardedField } from '../schemas/vocab';
import type { buildFeaturesExport } from './exports';
import { sameValue } from '../domain/history';

type FeaturesExport = ReturnType<typeof buildFeaturesExport>;
type Value = string | readonly string[] | null | undefined;

/** Where the snapshot lives, relative to the project root, and the command that rewrites it. */
export const SNAPSHOT_FILE = 'snapshots/features.json';
export const SNAPSHOT_COMMAND = 'npm run snapshot';

/** The snapshot of an export: everything but what depends on the build date (staleness). */
export function snapshotOf(data: FeaturesExport) {
  const { stalePolicy: _policy, ...rest } = data;
  return {
    ...rest,
    features: data.features.map((f) => ({
      ...f,
      // Cells computed from conformance reports are left out: they change when a report is added,
      // and carry the history of that change themselves.
      support: Object.fromEntries(Object.entries(f.support).flatMap(([mesh, { stale: _stale, ...cell }]) => (cell.derivedFrom ? [] : [[mesh, cell]]))),
    })),
  };
}
export type Snapshot = ReturnType<typeof snapshotOf>;

/** Snapshot cells as the check reads them: any JSON with the guarded fields and a history. */
interface CellLike {
  level?: Value;
  maturity?: Value;
  requires?: Value;
  since?: Value;
  removed?: Value;
  history?: readonly { field: string; from: Value; to: Value }[];
}
export interface SnapshotLike {
  features: readonly { id: string; support: Readonly<Record<string, CellLike>> }[];
}

export interface Drift {
  feature: string;
  mesh: string;
  field: GuardedField;
  from: Value;
  to: Value;
}


const norm = (v: Value) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : [...v].sort().join(', '));

/**
 * Cells whose guarded fields changed since the snapshot without a history entry recording that
 * change (same field, `from` the snapshot's value, `to` the current one). New cells are not drift.
 */
export function findDrift(snapshot: SnapshotLike, current: SnapshotLike): Drift[] {
  const before = new Map(snapshot.features.map((f) => [f.id, f.support]));
  const drift: Drift[] = [];
  for (const feature of current.features) {
    const old = before.get(feature.id);
    if (!old) continue;
    for (const [mesh, cell] of Object.entries(feature.support)) {
      const was = old[mesh];
      if (!was) continue;
      for (const field of GUARDED_FIELDS) {
        if (sameValue(was[field], cell[field])) continue;
        const recorded = (cell.history ?? []).some((h) => h.field === field && sameValue(h.from, was[field]) && sameValue(h.to, cell[field]));
        if (!recorded) drift.push({ feature: feature.id, mesh, field, from: was[field], to: cell[field] });
      }
    }
  }
  return drift;
}

const shown = (v: Value) => (norm(v) === '' ? 'not set' : `"${norm(v)}"`);

/** The failure text: each cell, what changed, and what to do. */
export function formatDrift(drift: readonly Drift[], fileOf: (mesh: string) => string): string {
  return [
    `${drift.length} cell change${drift.length === 1 ? '' : 's'} without a history entry (compared with ${SNAPSHOT_FILE}):`,
    ...drift.map((d) => `  ${fileOf(d.mesh)}: support.${d.feature}.${d.field} ${shown(d.from)} → ${shown(d.to)}`),
    `Add a history entry to each cell (kind, date or version, field: ${drift[0]?.field ?? 'level'}, from, to, reason, sources; see content/README.md),`,
    `then run \`${SNAPSHOT_COMMAND}\` to update the snapshot.`,
  ].join('\n');
}

/** Whether the committed snapshot equals the current one exactly (after drift is ruled out). */
export const snapshotCurrent = (committed: unknown, current: Snapshot): boolean =>
  JSON.stringify(committed) === JSON.stringify(current);
