import type { Rule } from '../types';
import { METRICS } from '../../schemas/vocab';

export const chartDefinition: Rule = {
  id: 'chart-definition',
  description: "A chart plots metrics of one unit that the study has results for, one metric when grouped by scenario, and only scenarios the study has.",
  check({ atlas, report }) {
    for (const { filePath, data } of atlas.benchmarks) {
      data.charts.forEach((chart, index) => {
        const field = `charts[${index}]`;
        const units = new Set(chart.metrics.map((m) => METRICS[m].unit));
        if (units.size > 1) report(filePath, `${field}.metrics`, `metrics of one chart must share a unit; these use ${[...units].join(', ')}`);
        if (chart.groupBy === 'scenario' && chart.metrics.length > 1) report(filePath, `${field}.metrics`, 'a chart grouped by scenario plots one metric');
        const matching = data.results.filter((r) => chart.metrics.includes(r.metric));
        if (matching.length === 0) report(filePath, `${field}.metrics`, 'no result of this study has these metrics');
        const scenarios = new Set(matching.map((r) => r.scenario));
        chart.scenarios?.forEach((scenario, i) => {
          if (!scenarios.has(scenario)) report(filePath, `${field}.scenarios[${i}]`, `no result has scenario "${scenario}"`);
        });
      });
    }
  },
};
