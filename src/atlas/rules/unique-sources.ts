import type { Rule } from '../types';
import { allEntries, isRef, walkValues } from './walk';

export const uniqueSources: Rule = {
  id: 'unique-sources',
  description: 'A list of references (sources, meshes, features) names each one once.',
  check({ atlas, report }) {
    for (const { entry } of allEntries(atlas)) {
      walkValues(entry.data, (path, value) => {
        if (!Array.isArray(value) || !value.every(isRef)) return;
        const seen = new Set<string>();
        value.forEach((ref, index) => {
          if (seen.has(ref.id)) report(entry.filePath, `${path}[${index}]`, `"${ref.id}" is listed twice`);
          seen.add(ref.id);
        });
      });
    }
  },
};
