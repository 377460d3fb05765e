import type { Rule } from '../types';
import { METRICS } from '../../schemas/vocab';

/**
 * Within one study, for one mesh, variant and scenario, latency percentiles must not decrease:
 * p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max. Absolute and added latencies are checked as separate families.
 */
export const percentileOrder: Rule = {
  id: 'percentile-order',
  description: 'Latency percentiles of one mesh, variant and scenario do not decrease (p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max).',
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      const groups = new Map<string, { percentile: number; value: number; index: number; metric: string }[]>();
      data.results.forEach((result, index) => {
        const spec = METRICS[result.metric];
        if (!('percentile' in spec)) return;
        const family = 'signed' in spec ? 'added' : 'absolute';
        const key = [result.mesh.id, result.variant, result.scenario, family].join('\u0000');
        const group = groups.get(key) ?? [];
        group.push({ percentile: spec.percentile, value: result.value, index, metric: result.metric });
        groups.set(key, group);
      });
      for (const group of groups.values()) {
        const sorted = [...group].sort((a, b) => a.percentile - b.percentile);
        for (let i = 1; i < sorted.length; i++) {
          const lower = sorted[i - 1]!;
          const higher = sorted[i]!;
          if (higher.value < lower.value) {
            report(filePath, `results[${higher.index}].value`, `${higher.metric} (${higher.value}) is below ${lower.metric} (${lower.value}); percentiles must be ordered`);
          }
        }
      }
    }
  },
};
