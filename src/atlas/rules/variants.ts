import type { Rule } from '../types';

/** A study describes only variants its results use (a misspelt variant name would describe nothing). */
export const variants: Rule = {
  id: 'variants',
  description: 'Every variant a study describes under `variants` is one its results use.',
  check({ atlas, report }) {
    for (const study of atlas.benchmarks) {
      const used = new Set(study.data.results.map((r) => r.variant));
      for (const name of Object.keys(study.data.variants)) {
        if (!used.has(name)) report(study.filePath, `variants.${name}`, `no result has variant "${name}" (results use: ${[...used].join(', ')})`);
      }
    }
  },
};
