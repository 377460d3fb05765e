/** Two meshes' numbers in the studies that measured both, lined up by metric and load. */
import { METRICS, type MetricId } from '../schemas/vocab';
import type { ResultData } from '../schemas';
import type { AtlasData } from '../atlas/types';
import { byStudyDate, type StudyEntry } from '../atlas/queries';

export interface SharedRow {
  metric: MetricId;
  label: string;
  scenario: string;
  first: ResultData[];
  second: ResultData[];
}

export function sharedStudyRows(atlas: AtlasData, first: string, second: string): { study: StudyEntry; rows: SharedRow[] }[] {
  return [...atlas.benchmarks]
    .sort(byStudyDate)
    .filter((study) => {
      const measured = new Set(study.data.results.map((r) => r.mesh.id));
      return measured.has(first) && measured.has(second);
    })
    .map((study) => {
      const rows = new Map<string, SharedRow>();
      for (const metric of Object.keys(METRICS) as MetricId[]) {
        for (const result of study.data.results) {
          if (result.metric !== metric || (result.mesh.id !== first && result.mesh.id !== second)) continue;
          const key = `${metric}\u0000${result.scenario}`;
          const row = rows.get(key) ?? { metric, label: METRICS[metric].label, scenario: result.scenario, first: [], second: [] };
          (result.mesh.id === first ? row.first : row.second).push(result);
          rows.set(key, row);
        }
      }
      // Rows where only one side has a number are kept: the gap itself is information.
      return { study, rows: [...rows.values()] };
    });
}
