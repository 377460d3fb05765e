import type { Rule } from '../types';

export const completeMatrix: Rule = {
  id: 'complete-matrix',
  description: 'Every mesh has a support cell for every feature (level "unknown" when nobody has checked).',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.meshes) {
      for (const feature of atlas.features) {
        if (!(feature.id in data.support)) {
          report(filePath, `support.${feature.id}`, 'missing: every mesh needs a cell for every feature (use level "unknown" if nobody has checked)');
        }
      }
    }
  },
};
