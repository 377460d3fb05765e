/**
 * Chart specifications: study data → everything a chart shows (labels, series, unit, conditions,
 * source) as plain data. One spec feeds the page's Chart.js canvas, its accessible table, and later
 * the embed page and the image renderer, so they cannot disagree.
 */
import { METRICS, type Unit } from '../schemas/vocab';
import type { ChartDefinition, ResultData } from '../schemas';
import type { AtlasData } from '../atlas/types';
import { memoize, sortedMeshes, sourceById, type StudyEntry } from '../atlas/queries';
import { formatCondition } from '../domain/conditions';
import { decimalsOf, formatValue, signedUnit } from '../domain/format';
import { urls } from '../domain/urls';

export interface ChartSpec {
  id: string;
  title: string;
  unit: Unit;
  groupBy: 'series' | 'scenario';
  /** Categories along the axis: series (mesh · variant) or scenarios. */
  labels: string[];
  /**
   * One dataset per metric (series mode) or per mesh and variant (scenario mode). `approximate`
   * and `ranges` carry what the source said about each value ("~70 MB", "50–100 MB").
   */
  datasets: { label: string; data: (number | null)[]; approximate: boolean[]; ranges: ({ min: number; max: number } | null)[] }[];
  /** Mesh ids that appear in the chart. */
  meshes: string[];
  /** The mesh of each label (series mode) or of each dataset (scenario mode). */
  seriesMeshes: string[];
  /** Set when the chart shows only some of the study's meshes (see `restrictChartSpec`). */
  subset?: string[];
  study: { id: string; title: string; url: string; publisher: string; date: string | null; vendorOf: string[] };
  /** The study's test conditions in one line. */
  conditions: string;
  source: { title: string; url: string; publisher: string };
  /** Decimals the values are shown with in the table. */
  decimals: number;
}

const UNIT_AXIS: Record<Unit, string> = {
  ms: 'milliseconds',
  MB: 'MB',
  MiB: 'MiB',
  vCPU: 'vCPU',
  percent: '%',
  qps: 'queries per second',
  'qps/core': 'queries per second per core',
  'cpu-ms': 'CPU milliseconds',
};
export const unitAxisLabel = (unit: Unit) => UNIT_AXIS[unit];

/** The conditions that shape a study's numbers, in one line; unstated ones are left out. */
export function conditionsLine(conditions: StudyEntry['data']['conditions']): string {
  const parts = [
    conditions.environment,
    conditions.nodes !== null ? `${formatCondition(conditions.nodes)} nodes` : null,
    conditions.services !== null ? `${formatCondition(conditions.services)} services` : null,
    conditions.pods !== null ? `${formatCondition(conditions.pods)} pods` : null,
    conditions.loadTool,
    conditions.requestRate,
    conditions.connections === null ? null : /connection/i.test(conditions.connections) ? conditions.connections : `${conditions.connections} connections`,
    conditions.encryption !== null ? `encryption ${formatCondition(conditions.encryption)}` : null,
    conditions.l7Policy !== null ? `L7 policy ${formatCondition(conditions.l7Policy)}` : null,
  ].filter((part): part is string => Boolean(part));
  return parts.length ? parts.join(' · ') : 'Test conditions not stated by the source';
}

/**
 * How a result's variant reads after the mesh's name: nothing for the default, nor when the name
 * already says it ("Istio sidecar", variant "sidecar").
 */
export function variantLabel(meshName: string, variant: string): string | null {
  if (variant === 'default') return null;
  const words = new Set(meshName.toLowerCase().split(/\s+/));
  return words.has(variant.toLowerCase()) ? null : variant;
}

/** Builds the spec of one chart of a study. */
export function buildChartSpec(atlas: AtlasData, study: StudyEntry, chart: ChartDefinition): ChartSpec {
  const meshes = sortedMeshes(atlas);
  const meshRank = new Map(meshes.map((m, i) => [m.id, i]));
  const meshName = new Map(meshes.map((m) => [m.id, m.data.shortName]));
  const results = study.data.results.filter(
    (r) => chart.metrics.includes(r.metric) && (!chart.scenarios || chart.scenarios.includes(r.scenario)),
  );
  const scenarios = chart.scenarios ?? [...new Set(results.map((r) => r.scenario))];
  const multiScenario = chart.groupBy === 'series' && scenarios.length > 1;
  const seriesKey = (r: ResultData) => [r.mesh.id, r.variant, multiScenario ? r.scenario : ''].join('\u0000');
  const seriesLabel = (r: ResultData) => {
    const name = meshName.get(r.mesh.id) ?? r.mesh.id;
    return [name, variantLabel(name, r.variant), multiScenario ? r.scenario : null].filter(Boolean).join(' · ');
  };
  // Series in mesh display order, then in the order the study lists them.
  const series = [...new Map(results.map((r) => [seriesKey(r), r])).values()].sort(
    (a, b) => (meshRank.get(a.mesh.id) ?? 99) - (meshRank.get(b.mesh.id) ?? 99),
  );
  const dataset = (label: string, matches: ((r: ResultData) => boolean)[]) => {
    const found = matches.map((match) => results.find(match));
    return {
      label,
      data: found.map((r) => r?.value ?? null),
      approximate: found.map((r) => r?.approximate ?? false),
      ranges: found.map((r) => r?.range ?? null),
    };
  };

  let labels: string[];
  let datasets: ChartSpec['datasets'];
  if (chart.groupBy === 'scenario') {
    const metric = chart.metrics[0]!;
    labels = scenarios;
    datasets = series.map((s) =>
      dataset(
        seriesLabel(s),
        scenarios.map((scenario) => (r: ResultData) => r.metric === metric && r.scenario === scenario && r.mesh.id === s.mesh.id && r.variant === s.variant),
      ),
    );
  } else {
    labels = series.map(seriesLabel);
    datasets = chart.metrics.map((metric) =>
      dataset(
        METRICS[metric].label,
        series.map((s) => (r: ResultData) => r.metric === metric && seriesKey(r) === seriesKey(s)),
      ),
    );
  }
  const source = sourceById(atlas, study.data.sources[0]!.id).data;
  return {
    id: chart.id,
    title: chart.title,
    unit: METRICS[chart.metrics[0]!].unit,
    groupBy: chart.groupBy,
    labels,
    datasets,
    meshes: [...new Set(series.map((s) => s.mesh.id))],
    seriesMeshes: series.map((s) => s.mesh.id),
    study: {
      id: study.id,
      title: study.data.title,
      url: urls.study(study.id),
      publisher: study.data.publisher,
      date: study.data.date,
      vendorOf: study.data.vendorOf,
    },
    conditions: conditionsLine(study.data.conditions),
    source: { title: source.title, url: source.url, publisher: source.publisher },
    decimals: decimalsOf(results.map((r) => r.value)),
  };
}

const specsByStudy = memoize((atlas: AtlasData) => {
  const specs = new Map<string, ChartSpec[]>();
  for (const study of atlas.benchmarks) specs.set(study.id, study.data.charts.map((chart) => buildChartSpec(atlas, study, chart)));
  return specs;
});

/**
 * The same chart limited to some meshes (and the baseline, when `keep` includes it): used where a
 * page is about those meshes, such as a two-mesh comparison.
 */
export function restrictChartSpec(spec: ChartSpec, keep: readonly string[]): ChartSpec {
  const wanted = (i: number) => keep.includes(spec.seriesMeshes[i]!);
  if (spec.groupBy === 'scenario') {
    const datasets = spec.datasets.filter((_, i) => wanted(i));
    return { ...spec, datasets, seriesMeshes: spec.seriesMeshes.filter((_, i) => wanted(i)), meshes: spec.meshes.filter((m) => keep.includes(m)), subset: [...keep] };
  }
  const indexes = spec.labels.map((_, i) => i).filter(wanted);
  return {
    ...spec,
    labels: indexes.map((i) => spec.labels[i]!),
    datasets: spec.datasets.map((d) => ({
      ...d,
      data: indexes.map((i) => d.data[i] ?? null),
      approximate: indexes.map((i) => d.approximate[i] ?? false),
      ranges: indexes.map((i) => d.ranges[i] ?? null),
    })),
    seriesMeshes: indexes.map((i) => spec.seriesMeshes[i]!),
    meshes: spec.meshes.filter((m) => keep.includes(m)),
    subset: [...keep],
  };
}

/** Every chart of every study, in study order. */
export function allChartSpecs(atlas: AtlasData): ChartSpec[] {
  return [...atlas.benchmarks].sort((a, b) => a.id.localeCompare(b.id)).flatMap((study) => specsByStudy(atlas).get(study.id) ?? []);
}

/** Charts of one study. */
export const studyChartSpecs = (atlas: AtlasData, study: StudyEntry) => specsByStudy(atlas).get(study.id) ?? [];

/** The chart's numbers as a table: one row per axis label, one column per dataset. */
export function chartTable(spec: ChartSpec): { columns: string[]; rows: { label: string; cells: string[] }[] } {
  return {
    columns: spec.datasets.map((d) => d.label),
    rows: spec.labels.map((label, i) => ({
      label,
      cells: spec.datasets.map((d) => {
        const v = d.data[i];
        if (v === null || v === undefined) return 'not reported';
        const options = { decimals: spec.decimals, signed: signedUnit(spec.unit) };
        const range = d.ranges[i];
        const text = formatValue(v, spec.unit, { ...options, approximate: d.approximate[i] ?? false });
        return range ? `${text} (range ${formatValue(range.min, spec.unit, options)}–${formatValue(range.max, spec.unit, options)})` : text;
      }),
    })),
  };
}
