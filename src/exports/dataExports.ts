/**
 * CSV twins of the JSON exports and the chart list (public data API v1, extended). Every CSV is
 * derived from the same JSON object the .json endpoint serves, so they cannot disagree.
 */
import type { AtlasData } from '../atlas/types';
import { buildBenchmarksExport, buildFeaturesExport } from './exports';
import { allChartSpecs, type ChartSpec } from '../charts/charts';
import { toCsv } from './csv';
import { API_VERSION } from './exports';
import { urls } from '../domain/urls';

export const RESULT_COLUMNS = ['study', 'mesh', 'variant', 'scenario', 'metric', 'value', 'unit', 'approximate', 'range_min', 'range_max', 'relative_to'] as const;

type StudyExport = ReturnType<typeof buildBenchmarksExport>['studies'][number];
type ResultExport = StudyExport['results'][number];

const resultRow = (study: string, r: ResultExport) => [
  study, r.mesh, r.variant, r.scenario, r.metric, r.value, r.unit, r.approximate, r.range?.min ?? null, r.range?.max ?? null, r.relativeTo,
];

/** `/data/benchmarks.csv`: every result of every study, one row each. */
export function benchmarksCsv(atlas: AtlasData): string {
  const data = buildBenchmarksExport(atlas);
  return toCsv([[...RESULT_COLUMNS], ...data.studies.flatMap((s) => s.results.map((r) => resultRow(s.id, r)))]);
}

/** `/data/features.csv`: the matrix, one row per feature and mesh. */
export function featuresCsv(atlas: AtlasData, today: string): string {
  const data = buildFeaturesExport(atlas, today);
  const header = ['feature', 'feature_name', 'category', 'mesh', 'level', 'maturity', 'since', 'removed', 'requires', 'note', 'sources', 'verified', 'verified_against', 'last_changed', 'stale', 'disputed_by', 'derived_from'];
  const rows = data.features.flatMap((f) =>
    data.meshes.map((m) => {
      const c = f.support[m.id]!;
      return [f.id, f.name, f.category, m.id, c.level, c.maturity, c.since, c.removed, c.requires.join(';'), c.note, c.sources.join(' '), c.verified, c.verifiedAgainst, c.lastChanged, c.stale, c.disputes.map((d) => d.source).join(' '), c.derivedFrom?.report ?? null];
    }),
  );
  return toCsv([header, ...rows]);
}

/** A chart's CSV: the results it plots, in the benchmarks export's row format. */
export function chartCsv(atlas: AtlasData, spec: ChartSpec): string {
  const study = buildBenchmarksExport(atlas).studies.find((s) => s.id === spec.study.id)!;
  const definition = atlas.benchmarks.find((b) => b.id === spec.study.id)!.data.charts.find((c) => c.id === spec.id)!;
  const rows = study.results.filter(
    (r) => (definition.metrics as string[]).includes(r.metric) && (!definition.scenarios || definition.scenarios.includes(r.scenario)),
  );
  return toCsv([[...RESULT_COLUMNS], ...rows.map((r) => resultRow(study.id, r))]);
}

export interface ChartLinks {
  embed: string;
  svg: string;
  png: string;
  svgDark: string;
  pngDark: string;
  csv: string;
  page: string;
}

/** Where a chart and its artifacts live, as absolute URLs on `site`. */
export function chartLinks(spec: ChartSpec, site: URL | string): ChartLinks {
  const at = (path: string) => new URL(path, site).href;
  return {
    embed: at(urls.chartEmbed(spec.id)),
    svg: at(urls.chartSvg(spec.id)),
    png: at(urls.chartPng(spec.id)),
    svgDark: at(urls.chartSvgDark(spec.id)),
    pngDark: at(urls.chartPngDark(spec.id)),
    csv: at(urls.chartCsv(spec.id)),
    page: at(urls.studyChart(spec.study.id, spec.id)),
  };
}

/** `/data/charts.json`. */
export function buildChartsExport(atlas: AtlasData, site: URL | string) {
  return {
    version: API_VERSION,
    charts: allChartSpecs(atlas).map((spec) => {
      const links = chartLinks(spec, site);
      return { id: spec.id, title: spec.title, study: spec.study.id, unit: spec.unit, ...links };
    }),
  };
}
