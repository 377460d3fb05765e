import type { Rule } from '../types';

export const duplicateResult: Rule = {
  id: 'duplicate-result',
  description: 'A study has at most one result for each mesh, variant, scenario and metric.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      const seen = new Map<string, number>();
      data.results.forEach((result, index) => {
        const key = [result.mesh.id, result.variant, result.scenario, result.metric].join('\u0000');
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, index);
          return;
        }
        const other = data.results[first]!;
        const values = other.value === result.value ? `the same value, ${result.value}` : `${other.value} there, ${result.value} here`;
        report(filePath, `results[${index}]`, `repeats results[${first}] (${result.mesh.id}, ${result.variant}, ${result.scenario}, ${result.metric}) with ${values}; keep one`);
      });
    }
  },
};
