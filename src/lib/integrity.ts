import { KEBAB_ID } from '../schemas/common';
import { METRICS, type MetricId } from '../schemas/vocab';
import type { BenchmarkData, FeatureData, GuideData, MeshData, SourceData } from '../schemas';

/** A validated content entry, as Astro's content layer or the stand-alone loader produces it. */
export interface Entry<T> {
  id: string;
  /** Path of the file the entry came from, relative to the project root. */
  filePath: string;
  data: T;
}

export interface AtlasData {
  meshes: Entry<MeshData>[];
  features: Entry<FeatureData>[];
  benchmarks: Entry<BenchmarkData>[];
  guides: Entry<GuideData>[];
  sources: Entry<SourceData>[];
}

/** One broken rule, located by file and field so an author can fix it without searching. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

type Ref = { id: string; collection: string };

const RELATIVE_METRICS = new Set<MetricId>(['qps_relative_pct', 'latency_tail_relative_pct', 'cpu_relative_pct']);

/**
 * Checks the rules that span entries and collections (the schemas check each entry alone):
 * id form and uniqueness, references that resolve, a cell for every (mesh, feature) pair,
 * metric units, and percentile order. Returns every problem found, not just the first.
 */
export function checkIntegrity(atlas: AtlasData): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });

  const ids = {
    meshes: new Set(atlas.meshes.map((e) => e.id)),
    features: new Set(atlas.features.map((e) => e.id)),
    benchmarks: new Set(atlas.benchmarks.map((e) => e.id)),
    guides: new Set(atlas.guides.map((e) => e.id)),
    sources: new Set(atlas.sources.map((e) => e.id)),
  };

  for (const [collection, entries] of Object.entries(atlas) as [keyof AtlasData, Entry<unknown>[]][]) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      const stem = fileStem(entry.filePath);
      if (!KEBAB_ID.test(stem)) {
        report(entry.filePath, 'id', `file name "${stem}" must be lowercase-kebab (it becomes the id and the URL)`);
      }
      const previous = seen.get(entry.id);
      if (previous) report(entry.filePath, 'id', `id "${entry.id}" is already used by ${previous} in ${collection}`);
      else seen.set(entry.id, entry.filePath);
    }
  }

  const checkRef = (file: string, field: string, ref: Ref | undefined) => {
    if (!ref) return;
    const known = ids[ref.collection as keyof typeof ids];
    if (!known?.has(ref.id)) report(file, field, `"${ref.id}" is not a known ${ref.collection} id`);
  };
  const checkRefs = (file: string, field: string, refs: Ref[]) =>
    refs.forEach((ref, index) => checkRef(file, `${field}[${index}]`, ref));

  for (const { filePath, data } of atlas.meshes) {
    checkRefs(filePath, 'architecture.sources', data.architecture.sources);
    checkRefs(filePath, 'resourceModel.sources', data.resourceModel.sources);
    data.strengths.forEach((s, i) => checkRefs(filePath, `strengths[${i}].sources`, s.sources));
    data.limits.forEach((s, i) => checkRefs(filePath, `limits[${i}].sources`, s.sources));
    for (const feature of ids.features) {
      if (!(feature in data.support)) {
        report(filePath, `support.${feature}`, 'missing: every mesh needs a cell for every feature (use level "unknown" if nobody has checked)');
      }
    }
    for (const [feature, cell] of Object.entries(data.support)) {
      if (!ids.features.has(feature)) report(filePath, `support.${feature}`, `"${feature}" is not a known features id`);
      checkRefs(filePath, `support.${feature}.sources`, cell.sources);
    }
  }

  const chartIds = new Map<string, string>();
  for (const { filePath, data } of atlas.benchmarks) {
    checkRefs(filePath, 'sources', data.sources);
    const measured = new Set<string>();
    data.results.forEach((result, index) => {
      const field = `results[${index}]`;
      measured.add(result.mesh.id);
      checkRef(filePath, `${field}.mesh`, result.mesh);
      checkRef(filePath, `${field}.relativeTo`, result.relativeTo);
      const expected = METRICS[result.metric].unit;
      if (result.unit !== expected) {
        report(filePath, `${field}.unit`, `${result.metric} is measured in ${expected}, not ${result.unit}`);
      }
      if (RELATIVE_METRICS.has(result.metric) && !result.relativeTo) {
        report(filePath, `${field}.relativeTo`, `${result.metric} is relative and must name the mesh it is relative to`);
      }
      if (!RELATIVE_METRICS.has(result.metric) && result.relativeTo) {
        report(filePath, `${field}.relativeTo`, `${result.metric} is not a relative metric`);
      }
    });
    for (const mesh of Object.keys(data.versions)) {
      if (!measured.has(mesh)) report(filePath, `versions.${mesh}`, `"${mesh}" has a version but no results in this study`);
    }
    problems.push(...checkPercentileOrder(filePath, data));
    data.charts.forEach((chart, index) => {
      const field = `charts[${index}]`;
      const previous = chartIds.get(chart.id);
      if (previous) report(filePath, `${field}.id`, `chart id "${chart.id}" is already used in ${previous}`);
      else chartIds.set(chart.id, filePath);
      const units = new Set(chart.metrics.map((m) => METRICS[m].unit));
      if (units.size > 1) report(filePath, `${field}.metrics`, `metrics of one chart must share a unit; these use ${[...units].join(', ')}`);
      if (chart.groupBy === 'scenario' && chart.metrics.length > 1) {
        report(filePath, `${field}.metrics`, 'a chart grouped by scenario plots one metric');
      }
      const matching = data.results.filter((r) => chart.metrics.includes(r.metric));
      if (matching.length === 0) report(filePath, `${field}.metrics`, 'no result of this study has these metrics');
      const scenarios = new Set(matching.map((r) => r.scenario));
      chart.scenarios?.forEach((scenario, i) => {
        if (!scenarios.has(scenario)) report(filePath, `${field}.scenarios[${i}]`, `no result has scenario "${scenario}"`);
      });
    });
  }

  for (const { filePath, data } of atlas.guides) {
    checkRefs(filePath, 'meshes', data.meshes);
    checkRefs(filePath, 'features', data.features);
    checkRefs(filePath, 'sources', data.sources);
  }

  return problems;
}

/**
 * Within one study, for one mesh, variant and scenario, latency percentiles must not decrease:
 * p50 ≤ p90 ≤ p99 ≤ p99.9 ≤ max. Absolute and added latencies are checked as separate families.
 */
export function checkPercentileOrder(filePath: string, data: BenchmarkData): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, { percentile: number; value: number; index: number; metric: string }[]>();
  data.results.forEach((result, index) => {
    const spec = METRICS[result.metric];
    if (!('percentile' in spec)) return;
    const family = result.metric.startsWith('added_') ? 'added' : 'absolute';
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
        problems.push({
          file: filePath,
          field: `results[${higher.index}].value`,
          message: `${higher.metric} (${higher.value}) is below ${lower.metric} (${lower.value}); percentiles must be ordered`,
        });
      }
    }
  }
  return problems;
}

/** Formats problems for a build log: one line each, file first. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}

function fileStem(filePath: string): string {
  const base = filePath.split(/[\\/]/).pop() ?? filePath;
  return base.replace(/\.[^.]+$/, '');
}
