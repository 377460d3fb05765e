import type { Rule } from '../types';

export const versionHasResults: Rule = {
  id: 'version-has-results',
  description: 'A study states versions only for meshes it has results for.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      const measured = new Set(data.results.map((r) => r.mesh.id));
      for (const mesh of Object.keys(data.versions)) {
        if (!measured.has(mesh)) report(filePath, `versions.${mesh}`, `"${mesh}" has a version but no results in this study`);
      }
    }
  },
};
