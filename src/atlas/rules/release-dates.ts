import type { Rule } from '../types';
import { parseVersion } from '../versions';

/** A release line as "series:major.minor" ("1.29", "edge-26.9"), the key both files share. */
const lineOf = (version: string): string | null => {
  const parsed = parseVersion(version);
  return parsed ? `${parsed.series}${parsed.numbers.slice(0, 2).join('.')}` : null;
};

/**
 * One release has one day everywhere: a cell history entry for a release whose line the project's
 * lifecycle file dates must carry that date, so a timeline never says "date not recorded" (or
 * another day) beside a lifecycle table that gives it.
 */
export const releaseDates: Rule = {
  id: 'release-dates',
  description: 'A history entry for a release that the lifecycle facts date carries the same date, so no page gives a release two days or none.',
  check({ atlas, report }) {
    const released = new Map<string, { date: string; file: string }>();
    for (const { filePath, data } of atlas.lifecycle) {
      for (const release of data.releases) {
        const line = lineOf(release.version);
        if (line && release.released) released.set(`${data.project}/${line}`, { date: release.released, file: filePath });
      }
    }
    for (const { filePath, data } of atlas.meshes) {
      if (!data.project) continue;
      for (const [feature, cell] of Object.entries(data.support)) {
        cell.history.forEach((entry, index) => {
          // A row computed from conformance reports dates its changes by the report, not the release.
          if (entry.kind !== 'release' || !entry.version || cell.derivedFrom) return;
          const line = lineOf(entry.version);
          const known = line ? released.get(`${data.project}/${line}`) : undefined;
          if (!known || entry.date === known.date) return;
          report(
            filePath,
            `support.${feature}.history[${index}].date`,
            entry.date
              ? `${entry.date} differs from ${known.date}, the release date of ${entry.version} in ${known.file}`
              : `is missing: ${known.file} dates ${entry.version} ${known.date}`,
          );
        });
      }
    }
  },
};
