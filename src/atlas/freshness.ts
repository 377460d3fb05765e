/**
 * Whether a cell can still be trusted as checked. The policy lives here and only here: a cell is
 * stale when no one has checked it, when it was checked against an older release line than the one
 * its mesh profile says was reviewed, or when it was checked longer ago than `STALE_AFTER_DAYS`.
 *
 * Release lines, not patches: the projects compared ship features in minor releases and fixes in
 * patches, and the evidence often exists per line only (a conformance report for 1.20.0 covers
 * 1.20.2), so a cell checked against 1.20.0 is current for a profile reviewed against 1.20.2.
 */
import type { SupportCellData } from '../schemas';
import { compareVersions } from './versions';

/** How old a check may be before the cell counts as stale. */
export const STALE_AFTER_DAYS = 180;

export type StaleReason =
  | { kind: 'unchecked' }
  | { kind: 'older-release'; checked: string; current: string }
  | { kind: 'age'; days: number; limit: number };

export interface Freshness {
  stale: boolean;
  reasons: StaleReason[];
}

/** The release line of a version: `1.20.2` → `1.20`. Versions of a named series (`edge-26.9.1`) stay exact: each is its own release. */
export function releaseLine(version: string): string {
  return version.replace(/^(v?\d+\.\d+)\.\d+(?=$|-)/i, '$1');
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function cellFreshness(
  cell: Pick<SupportCellData, 'verified' | 'verifiedAgainst'>,
  versionReviewed: string,
  today: string,
  limit: number = STALE_AFTER_DAYS,
): Freshness {
  if (!cell.verified || !cell.verifiedAgainst) return { stale: true, reasons: [{ kind: 'unchecked' }] };
  const reasons: StaleReason[] = [];
  // Versions of different series (edge-…, enterprise-…) do not compare; a check against another
  // series than the reviewed one is not a check of the reviewed release.
  const order = compareVersions(releaseLine(cell.verifiedAgainst), releaseLine(versionReviewed));
  if (order === null || order < 0) reasons.push({ kind: 'older-release', checked: cell.verifiedAgainst, current: versionReviewed });
  const days = daysBetween(cell.verified, today);
  if (days > limit) reasons.push({ kind: 'age', days, limit });
  return { stale: reasons.length > 0, reasons };
}

/** A stale reason in words, for the matrix, mesh pages and `npm run stale`. */
export function staleReasonText(reason: StaleReason): string {
  switch (reason.kind) {
    case 'unchecked':
      return 'never checked';
    case 'older-release':
      return `checked against ${reason.checked}, not the reviewed ${reason.current}`;
    case 'age':
      return `checked ${reason.days} days ago (limit ${reason.limit})`;
  }
}
