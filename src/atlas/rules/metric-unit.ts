import type { Rule } from '../types';
import { METRICS } from '../../schemas/vocab';

export const metricUnit: Rule = {
  id: 'metric-unit',
  description: "A result's unit is its metric's unit.",
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      data.results.forEach((result, index) => {
        const expected = METRICS[result.metric].unit;
        if (result.unit !== expected) report(filePath, `results[${index}].unit`, `${result.metric} is measured in ${expected}, not ${result.unit}`);
      });
    }
  },
};
