import type { Rule } from '../types';
import { METRICS } from '../../schemas/vocab';

export const relativeMetric: Rule = {
  id: 'relative-metric',
  description: 'A relative metric names the mesh it is relative to; no other metric does.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      data.results.forEach((result, index) => {
        const relative = 'relative' in METRICS[result.metric];
        if (relative && !result.relativeTo) report(filePath, `results[${index}].relativeTo`, `${result.metric} is relative and must name the mesh it is relative to`);
        if (!relative && result.relativeTo) report(filePath, `results[${index}].relativeTo`, `${result.metric} is not a relative metric`);
      });
    }
  },
};
