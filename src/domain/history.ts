/**
 * How a cell's history reads: one line per change ("partial → full in 2.13, 13 Jun 2023"), the
 * newest dated change, and the order changes are shown in. Browser-safe: the matrix dialog formats
 * history from `/data/features.json` with the same functions the pages use.
 */
import { formatDate, latestDate } from './format';

/** A history entry as the export and the content both carry it (sources left to the caller). */
export interface HistoryLike {
  date?: string | null | undefined;
  kind: 'release' | 'review';
  field: string;
  from?: string | readonly string[] | null | undefined;
  to?: string | readonly string[] | null | undefined;
  version?: string | null | undefined;
  reason: string;
}

const FIELD_NAMES: Record<string, string> = {
  level: 'Support',
  maturity: 'Maturity',
  requires: 'Requirements',
  since: 'First version',
  removed: 'Removed in',
  note: 'Note',
  sources: 'Sources',
};

/**
 * Whether two field values are the same: equal as text, or as lists in any order; not set, null and
 * an empty requirements list all mean "none". The history rule and the drift check both use it.
 */
export function sameValue(a: HistoryLike['to'], b: HistoryLike['to']): boolean {
  const norm = (v: HistoryLike['to']) => (v === undefined || v === null ? '' : typeof v === 'string' ? v : [...v].sort().join('\u0000'));
  return norm(a) === norm(b);
}

/** A field value in words: a list joined, an unset value as "not set". */
export function valueText(value: string | readonly string[] | null | undefined): string {
  if (value === undefined || value === null) return 'not set';
  if (typeof value === 'string') return value;
  return value.length === 0 ? 'none' : value.join(', ');
}

/**
 * What changed, in a phrase: "Support: partial → full", "Note reworded", "Maturity set to beta".
 * Note and source edits carry no values worth printing, so they read as an edit.
 */
export function changeSummary(entry: HistoryLike): string {
  const name = FIELD_NAMES[entry.field] ?? entry.field;
  if ((entry.field === 'note' || entry.field === 'sources') && entry.from === undefined && entry.to === undefined) {
    return entry.field === 'note' ? 'Note reworded' : 'Sources revised';
  }
  return `${name}: ${valueText(entry.from)} → ${valueText(entry.to)}`;
}

/** When: "in 2.13, 13 Jun 2023", "in 2.13 (release date not recorded)", or "13 Jun 2023". */
export function changeWhen(entry: HistoryLike): string {
  const date = entry.date ? formatDate(entry.date) : null;
  if (entry.version) return date ? `in ${entry.version}, ${date}` : `in ${entry.version} (release date not recorded)`;
  return date ? `on ${date}` : 'date not recorded';
}

/** The whole line: "Support: none → full in 2.13, 13 Jun 2023". */
export const changeLine = (entry: HistoryLike): string => `${changeSummary(entry)} ${changeWhen(entry)}`;

/** The date the cell last changed: its newest dated history entry, or null when none is dated. */
export function lastChanged(history: readonly HistoryLike[]): string | null {
  return latestDate(history.flatMap((h) => (h.date ? [h.date] : []))) ?? null;
}

/** Newest first: dated entries by date, then undated ones in reverse file order. Stable otherwise. */
export function newestFirst<T extends HistoryLike>(history: readonly T[]): T[] {
  return history
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => {
      const da = a.entry.date ?? '';
      const db = b.entry.date ?? '';
      if (da !== db) return da < db ? 1 : -1;
      return b.index - a.index;
    })
    .map(({ entry }) => entry);
}
