import type { Rule } from '../types';

export const chartIdUnique: Rule = {
  id: 'chart-id-unique',
  description: 'Chart ids are unique across the site (they are in chart URLs).',
  check({ atlas, report }) {
    const seen = new Map<string, string>();
    for (const { filePath, data } of atlas.benchmarks) {
      data.charts.forEach((chart, index) => {
        const previous = seen.get(chart.id);
        if (previous) report(filePath, `charts[${index}].id`, `chart id "${chart.id}" is already used in ${previous}`);
        else seen.set(chart.id, filePath);
      });
    }
  },
};
