import { MATURITIES, REQUIREMENT_IDS, SUPPORT_LEVELS, type HistoryField } from '../../schemas/vocab';
import type { HistoryEntryData, SupportCellData } from '../../schemas';
import type { Rule } from '../types';
import { compareVersions } from '../versions';
import { sameValue } from '../../domain/history';

type Value = HistoryEntryData['to'];

/** The values a field may hold, or null when any version string or text will do. */
const ALLOWED: Partial<Record<HistoryField, readonly string[]>> = {
  level: SUPPORT_LEVELS,
  maturity: MATURITIES,
  requires: REQUIREMENT_IDS,
};
const LIST_FIELDS: ReadonlySet<HistoryField> = new Set(['requires']);
/** Fields whose value the history must end on (the note and sources change in words, not values). */
const VALUED_FIELDS: ReadonlySet<HistoryField> = new Set(['level', 'maturity', 'requires', 'since', 'removed']);

/** The cell's current value of a field, as history writes it (undefined = not set). */
export function currentValue(cell: SupportCellData, field: HistoryField): Value {
  switch (field) {
    case 'level':
      return cell.level;
    case 'maturity':
      return cell.maturity;
    case 'since':
      return cell.since;
    case 'removed':
      return cell.removed;
    case 'requires':
      return cell.requires;
    default:
      return undefined;
  }
}


const shown = (v: Value) => (v === undefined ? 'not set' : typeof v === 'string' ? `"${v}"` : `[${v.join(', ')}]`);

/**
 * A cell's history is a record the reader can follow: each entry has what its kind needs, values a
 * field can hold, a real change, dates in order, and the last entry for each field ends on the
 * cell's current value — so the timeline never contradicts the cell it is shown beside.
 */
export const history: Rule = {
  id: 'history',
  description:
    'A history entry has a date (review) or a version (release), values its field can hold and a real change; entries run oldest first; the last entry per field ends on the current value.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.meshes) {
      for (const [feature, cell] of Object.entries(data.support)) {
        const last = new Map<HistoryField, { index: number; to: Value }>();
        let previousDate: string | undefined;
        cell.history.forEach((entry, index) => {
          const at = `support.${feature}.history[${index}]`;
          if (entry.kind === 'review' && !entry.date) report(filePath, `${at}.date`, 'a review entry needs the date the atlas changed');
          if (entry.kind === 'release' && !entry.version) report(filePath, `${at}.version`, 'a release entry needs the version that changed it');
          if (entry.kind === 'release' && entry.version && VALUED_FIELDS.has(entry.field) && !cell.derivedFrom) {
            // A release newer than the one the profile was reviewed against cannot be known yet
            // (a row computed from reports follows the reports, whatever the profile's review).
            const order = compareVersions(entry.version, data.versionReviewed);
            if (order !== null && order > 0) {
              report(filePath, `${at}.version`, `"${entry.version}" is newer than the reviewed ${data.versionReviewed}`);
            }
          }
          for (const key of ['from', 'to'] as const) {
            const value = entry[key];
            if (value === undefined) continue;
            const isList = typeof value !== 'string';
            if (isList !== LIST_FIELDS.has(entry.field)) {
              report(filePath, `${at}.${key}`, LIST_FIELDS.has(entry.field) ? `${entry.field} values are lists, as [waypoint]` : `${entry.field} values are single values, not lists`);
              continue;
            }
            const allowed = ALLOWED[entry.field];
            const bad = (isList ? value : [value]).filter((v) => allowed && !allowed.includes(v));
            if (bad.length) report(filePath, `${at}.${key}`, `"${bad.join('", "')}" is not a ${entry.field} value (allowed: ${allowed!.join(', ')})`);
          }
          if (VALUED_FIELDS.has(entry.field)) {
            if (entry.from === undefined && entry.to === undefined) {
              report(filePath, `${at}.to`, `a ${entry.field} change gives \`from\` or \`to\``);
            } else {
              if (sameValue(entry.from, entry.to)) report(filePath, `${at}.to`, `is the same as \`from\` (${shown(entry.to)}): nothing changed`);
              last.set(entry.field, { index, to: entry.to });
            }
          }
          if (entry.date) {
            if (previousDate && entry.date < previousDate) {
              report(filePath, `${at}.date`, `${entry.date} is before the entry above it (${previousDate}): history runs oldest first`);
            }
            previousDate = entry.date;
          }
        });
        for (const [field, { index, to }] of last) {
          const now = currentValue(cell, field);
          if (!sameValue(to, now)) {
            report(filePath, `support.${feature}.history[${index}].to`, `ends on ${shown(to)} but the cell's ${field} is ${shown(now)}`);
          }
        }
      }
    }
  },
};
