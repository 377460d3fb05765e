import type { CollectionKey, Rule } from '../types';
import { allEntries, isRef, walkValues } from './walk';

export const reference: Rule = {
  id: 'reference',
  description: 'Every reference (a source, mesh, feature, study or guide id) names a file that exists, and every support cell is for a known feature.',
  check({ atlas, known, report }) {
    for (const { entry } of allEntries(atlas)) {
      walkValues(entry.data, (path, value) => {
        if (!isRef(value)) return;
        const ids = known[value.collection as CollectionKey];
        if (!ids?.has(value.id)) report(entry.filePath, path, `"${value.id}" is not a known ${value.collection} id`);
      });
    }
    for (const { filePath, data } of atlas.meshes) {
      for (const feature of Object.keys(data.support)) {
        if (!known.features.has(feature)) report(filePath, `support.${feature}`, `"${feature}" is not a known features id`);
      }
    }
  },
};
