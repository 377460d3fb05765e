import type { Rule } from '../types';
import { METRICS } from '../../schemas/vocab';

export const nonNegativeMetric: Rule = {
  id: 'non-negative-metric',
  description: 'Quantities (latency, memory, CPU, throughput) are finite and not negative; only differences may be negative.',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      data.results.forEach((result, index) => {
        const field = `results[${index}]`;
        const values: [string, number][] = [['value', result.value]];
        if (result.range) values.push(['range.min', result.range.min], ['range.max', result.range.max]);
        for (const [name, value] of values) {
          if (!Number.isFinite(value)) report(filePath, `${field}.${name}`, `${value} is not a finite number`);
          else if (value < 0 && !('signed' in METRICS[result.metric])) {
            report(filePath, `${field}.${name}`, `${result.metric} cannot be negative (${value}); only differences such as added latency may be`);
          }
        }
      });
    }
  },
};
