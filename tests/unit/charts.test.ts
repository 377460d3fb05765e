import { describe, expect, it } from 'vitest';
import { allChartSpecs, variantLabel, buildChartSpec, chartTable, conditionsLine, restrictChartSpec } from '../../src/lib/charts';
import { CHART_SIZES, chartConfig, chartSize, LABEL_LINE, wrapLabel } from '../../src/lib/chartConfig';
import { validateContent } from '../../src/lib/contentFiles';
import { loadContent } from '../../src/lib/contentFiles';
import { clone, raw } from './fixtures';

describe('chart specs from fixture content', () => {
  const content = clone();
  raw(content.benchmarks[0]!).results.push({ mesh: 'mesh-a', variant: 'tuned', metric: 'latency_p50_ms', value: 1.5, unit: 'ms' });
  raw(content.benchmarks[0]!).charts = [
    { id: 'study-a-latency', title: 'Latency per mesh', metrics: ['latency_p50_ms', 'latency_p99_ms'] },
    { id: 'study-a-memory', title: 'Memory per pod', metrics: ['memory_per_pod_mb'] },
  ];
  const { atlas, problems } = validateContent(content);

  it('groups series by mesh (display order) and variant, one dataset per metric, gaps as null', () => {
    expect(problems).toEqual([]);
    const spec = buildChartSpec(atlas, atlas.benchmarks[0]!, atlas.benchmarks[0]!.data.charts[0]!);
    expect(spec.labels).toEqual(['No mesh', 'Mesh A', 'Mesh A · tuned']);
    expect(spec.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Latency p50', [1, 2, 1.5]],
      ['Latency p99', [null, 9, null]],
    ]);
    expect(spec.unit).toBe('ms');
    expect(spec.meshes).toEqual(['no-mesh', 'mesh-a']);
    expect(spec.source.url).toBe('https://example.org/a');
    expect(spec.conditions).toBe('GKE · 3 nodes · 100 services · fortio · 1000 rps · 4 connections · encryption on · L7 policy off');
  });

  it('tables the same numbers, with approximations, ranges and gaps spelled out', () => {
    const memory = buildChartSpec(atlas, atlas.benchmarks[0]!, atlas.benchmarks[0]!.data.charts[1]!);
    expect(chartTable(memory)).toEqual({ columns: ['Memory per pod'], rows: [{ label: 'Mesh A', cells: ['~70 MB (range 50 MB–100 MB)'] }] });
    const latency = chartTable(buildChartSpec(atlas, atlas.benchmarks[0]!, atlas.benchmarks[0]!.data.charts[0]!));
    expect(latency.rows[0]).toEqual({ label: 'No mesh', cells: ['1.0 ms', 'not reported'] });
  });

  it('rejects charts whose metrics do not share a unit or match no result', () => {
    const bad = clone();
    raw(bad.benchmarks[0]!).charts = [
      { id: 'mixed', title: 'Mixed units', metrics: ['latency_p50_ms', 'memory_per_pod_mb'] },
      { id: 'empty', title: 'Nothing here', metrics: ['qps_per_core'] },
      { id: 'mixed', title: 'Duplicate id', metrics: ['latency_p50_ms'] },
    ];
    const fields = validateContent(bad).problems.map((p) => `${p.field}: ${p.message}`);
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^charts\[0\]\.metrics: metrics of one chart must share a unit/),
        expect.stringMatching(/^charts\[1\]\.metrics: no result/),
        expect.stringMatching(/^charts\[2\]\.id: chart id "mixed" is already used/),
      ]),
    );
  });

  it('says when a study states no conditions', () => {
    const conditions = Object.fromEntries(Object.keys(raw(clone().benchmarks[0]!).conditions).map((k) => [k, null]));
    expect(conditionsLine(conditions as never)).toBe('Test conditions not stated by the source');
  });
});

describe('Chart.js configuration', () => {
  const { atlas } = loadContent('content');
  const specs = allChartSpecs(atlas);

  it('every chart in the content has numbers, a unit, a source and a stable unique id', () => {
    expect(specs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const spec of specs) {
      expect(spec.datasets.some((d) => d.data.some((v) => v !== null)), spec.id).toBe(true);
      expect(spec.source.url).toMatch(/^https:\/\//);
    }
  });

  it('themes colours, turns animation off on request, and lays series charts out horizontally', () => {
    const spec = specs.find((s) => s.id === 'seed-3-node-latency')!;
    const light = chartConfig(spec, { theme: 'light', animate: true });
    const dark = chartConfig(spec, { theme: 'dark', animate: false });
    expect(light.data.labels).toEqual(['No mesh', 'Istio sidecar', 'Istio ambient', 'Cilium', 'Linkerd']);
    expect(light.data.datasets[1]!.data).toEqual([4.5, 12.3, 6.8, 5.1, 6.2]);
    expect(light.options.animation).toEqual({ duration: 400 });
    expect(dark.options.animation).toBe(false);
    expect(light.data.datasets[0]!.backgroundColor).not.toBe(dark.data.datasets[0]!.backgroundColor);
    expect(light.options.indexAxis).toBe('y');
    expect(CHART_SIZES[chartSize(spec)]).toBeGreaterThanOrEqual(60 + 5 * 28 + 10 * 10);
    const byScenario = specs.find((s) => s.groupBy === 'scenario')!;
    expect(chartConfig(byScenario, { theme: 'light', animate: true }).options.indexAxis).toBe('x');
  });
});

describe('bar labels', () => {
  it('name the variant after the mesh unless it is the default or the name already says it', () => {
    expect(variantLabel('Linkerd', 'default')).toBeNull();
    expect(variantLabel('Istio sidecar', 'sidecar')).toBeNull();
    expect(variantLabel('Istio ambient', 'waypoint (L7)')).toBe('waypoint (L7)');
    expect(variantLabel('Cilium', 'WireGuard + L7 proxy + L7 policy')).toBe('WireGuard + L7 proxy + L7 policy');
  });

  it('stay distinct within every chart of the real content', () => {
    for (const spec of allChartSpecs(loadContent('content').atlas)) {
      expect(new Set(spec.labels).size, spec.id).toBe(spec.labels.length);
      expect(new Set(spec.datasets.map((d) => d.label)).size, spec.id).toBe(spec.datasets.length);
    }
  });

  it('wrap at spaces into lines of at most the given length; short labels and long words stay whole', () => {
    expect(wrapLabel('Cilium', 20)).toBe('Cilium');
    expect(wrapLabel('Istio ambient, ztunnel + waypoint per namespace', 20)).toEqual(['Istio ambient,', 'ztunnel + waypoint', 'per namespace']);
    expect(wrapLabel('a-very-long-single-identifier here', 10)).toEqual(['a-very-long-single-identifier', 'here']);
  });

  it('long labels of horizontal charts reach Chart.js wrapped, and every line fits', () => {
    const { atlas } = loadContent('content');
    const spec = allChartSpecs(atlas).find((s) => s.groupBy === 'series' && s.labels.some((l) => l.length > LABEL_LINE))!;
    const labels = chartConfig(spec, { theme: 'light', animate: false }).data.labels;
    spec.labels.forEach((label, i) => {
      const lines = ([] as string[]).concat(labels[i]!);
      expect(lines.join(' ')).toBe(label);
      for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(LABEL_LINE);
    });
  });
});

describe('restricting a chart to some meshes', () => {
  const { atlas } = loadContent('content');
  const specs = allChartSpecs(atlas);

  it('keeps only the chosen meshes’ bars, in series and scenario charts', () => {
    const series = restrictChartSpec(specs.find((s) => s.id === 'seed-3-node-latency')!, ['cilium', 'linkerd', 'no-mesh']);
    expect(series.labels).toEqual(['No mesh', 'Cilium', 'Linkerd']);
    expect(series.datasets[0]!.data).toEqual([1.2, 1.4, 2.0]);
    expect(series.subset).toEqual(['cilium', 'linkerd', 'no-mesh']);
    const scenario = restrictChartSpec(specs.find((s) => s.id === 'livewyer-2024-p99-by-connections')!, ['linkerd']);
    expect(scenario.labels).toHaveLength(3);
    expect(scenario.datasets.map((d) => d.label)).toEqual([expect.stringMatching(/^Linkerd/)]);
  });
});
