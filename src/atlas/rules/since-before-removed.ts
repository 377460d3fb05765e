import type { Rule } from '../types';
import { compareVersions } from '../versions';

export const sinceBeforeRemoved: Rule = {
  id: 'since-before-removed',
  description: 'A support cell is removed in a version after the one that added it.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.meshes) {
      for (const [feature, cell] of Object.entries(data.support)) {
        if (!cell.since || !cell.removed) continue;
        const order = compareVersions(cell.since, cell.removed);
        if (order === null) {
          report(filePath, `support.${feature}.removed`, `"${cell.removed}" and since "${cell.since}" are not versions of one series, so their order cannot be checked`);
        } else if (order >= 0) {
          report(filePath, `support.${feature}.removed`, `removed in ${cell.removed}, which is not after since ${cell.since}`);
        }
      }
    }
  },
};
