import { describe, expect, it } from 'vitest';
import {
  allChartSpecs,
  buildChartSpec,
  chartTable,
  conditionsLine,
  restrictChartSpec,
  studyChartSpecs,
  unitAxisLabel,
  variantLabel,
  type ChartSpec,
} from '../../../src/charts/charts';
import { loadContent } from '../../../src/atlas/node/contentFiles';
import { UNITS } from '../../../src/schemas/vocab';
import { atlasFrom, chartContent, clone, NO_CONDITIONS, raw } from '../fixtures';

const specOf = (id: string) => {
  const spec = allChartSpecs(atlasFrom(chartContent())).find((s) => s.id === id);
  if (!spec) throw new Error(`no chart ${id}`);
  return spec;
};
const shape = (spec: ChartSpec) => ({ labels: spec.labels, datasets: spec.datasets.map((d) => [d.label, d.data]) });

describe('chart specs, series charts', () => {
  it('has one bar group per mesh and variant in display order, one dataset per metric, gaps as null', () => {
    const spec = specOf('seed-latency');
    expect(shape(spec)).toStrictEqual({
      labels: ['No mesh', 'Istio sidecar · tuned', 'Istio sidecar', 'Istio ambient', 'Cilium', 'Linkerd'],
      datasets: [
        ['Latency p50', [1.2, null, 3.8, 2.1, 1.4, 2]],
        ['Latency p99', [4.5, 9, 12.3, 6.8, 5.1, 5.5]],
      ],
    });
    expect(spec).toMatchObject({
      id: 'seed-latency',
      title: 'Latency per mesh',
      unit: 'ms',
      groupBy: 'series',
      meshes: ['no-mesh', 'istio-sidecar', 'istio-ambient', 'cilium', 'linkerd'],
      seriesMeshes: ['no-mesh', 'istio-sidecar', 'istio-sidecar', 'istio-ambient', 'cilium', 'linkerd'],
      decimals: 1,
      conditions: '3 nodes · 100 services',
    });
    expect(spec.datasets[0]!.approximate).toStrictEqual([false, false, false, false, false, false]);
    expect(spec.datasets[0]!.ranges).toStrictEqual([null, null, null, null, null, null]);
    expect(spec.datasets[1]!.approximate).toStrictEqual([false, false, false, false, false, false]);
    expect(spec.datasets[1]!.ranges).toStrictEqual([null, null, null, null, null, null]);
    expect(spec.study).toStrictEqual({
      id: 'seed-3-node-latency', title: 'Three-node latency and memory', url: '/benchmarks/seed-3-node-latency/', publisher: 'A blog', date: '2025-06-01', vendorOf: [],
    });
    expect(spec.source).toStrictEqual({ title: 'Docs A', url: 'https://example.org/a', publisher: 'Project A' });
    expect('subset' in spec).toBe(false);
  });

  it('carries what the source said about each value: approximate, range, zero', () => {
    const spec = specOf('seed-memory-per-pod');
    expect(spec.unit).toBe('MB');
    expect(spec.decimals).toBe(0);
    expect(spec.datasets).toStrictEqual([
      { label: 'Memory per pod', data: [70, 0, 20], approximate: [true, false, false], ranges: [{ min: 50, max: 100 }, null, null] },
    ]);
    expect(spec.labels).toStrictEqual(['Istio sidecar', 'Istio ambient', 'Linkerd']);
  });

  it('names the load in each bar when the chart spans several loads, and puts unprofiled meshes last under their id', () => {
    const spec = specOf('load-series');
    expect(shape(spec)).toStrictEqual({
      labels: [
        'No mesh · 100 rps', 'Cilium · 1000 rps', 'Cilium · 100 rps', 'Linkerd · 100 rps', 'Linkerd · 1000 rps', 'Linkerd · 10 rps',
        'Linkerd · edge · 100 rps', 'Linkerd · 5000 rps', 'kuma · 100 rps',
      ],
      datasets: [['Latency p99', [1, 8, 2.5, 3, 6, 2, 2.75, 20, 4]]],
    });
    expect(spec.datasets[0]!.approximate).toStrictEqual([false, false, false, false, true, false, false, false, false]);
    expect(spec.meshes).toStrictEqual(['no-mesh', 'cilium', 'linkerd', 'kuma']);
    expect(spec.decimals).toBe(2);
  });

  it('keeps one load out of the labels when the chart picks a single one', () => {
    const spec = specOf('load-throughput');
    expect(shape(spec)).toStrictEqual({ labels: ['No mesh', 'Cilium', 'Linkerd'], datasets: [['Throughput change vs no mesh', [0, -2.5, 5]]] });
    expect(spec.unit).toBe('percent');
    expect(spec.decimals).toBe(1); // the left-out load's −1.125 does not set the precision
    expect(spec.meshes).toStrictEqual(['no-mesh', 'cilium', 'linkerd']);
  });

  it('keeps series apart whose mesh and variant run together', () => {
    const c = chartContent();
    raw(c.benchmarks![0]!).results = [
      { mesh: 'cilium', variant: 'x', metric: 'latency_p50_ms', value: 1, unit: 'ms' },
      { mesh: 'ciliumx', variant: 'default', metric: 'latency_p50_ms', value: 2, unit: 'ms' },
      { mesh: 'cilium', variant: 'xdefault', metric: 'latency_p50_ms', value: 3, unit: 'ms' },
    ];
    const atlas = atlasFrom(c);
    const seed = atlas.benchmarks[0]!;
    expect(buildChartSpec(atlas, seed, seed.data.charts[0]!).datasets[0]!.data).toStrictEqual([1, 3, 2]);
  });
});

describe('chart specs, scenario charts', () => {
  it('has one group per load in the chart’s order and one dataset per mesh and variant', () => {
    const spec = specOf('load-p99');
    expect(shape(spec)).toStrictEqual({
      labels: ['10 rps', '100 rps', '1000 rps'],
      datasets: [
        ['No mesh', [null, 1, null]],
        ['Cilium', [null, 2.5, 8]],
        ['Linkerd', [2, 3, 6]],
        ['Linkerd · edge', [null, 2.75, null]],
        ['kuma', [null, 4, null]],
      ],
    });
    expect(spec.datasets[2]!.approximate).toStrictEqual([false, false, true]);
    expect(spec).toMatchObject({
      groupBy: 'scenario',
      unit: 'ms',
      decimals: 2,
      meshes: ['no-mesh', 'cilium', 'linkerd', 'kuma'],
      seriesMeshes: ['no-mesh', 'cilium', 'linkerd', 'linkerd', 'kuma'],
      conditions: 'kind · 1,200 pods · fortio · 10-1000 rps · 64 connections · encryption on · L7 policy off',
      source: { title: 'Docs B', url: 'https://example.org/b', publisher: 'Project B' },
      study: { id: 'load-steps', title: 'Load steps', url: '/benchmarks/load-steps/', publisher: 'Linkerd maintainers', date: '2025-01-01', vendorOf: ['linkerd'] },
    });
  });

  it('plots the first metric only (a chart grouped by load has one)', () => {
    const c = chartContent();
    raw(c.benchmarks![1]!).charts = [{ id: 'two', title: 'Two metrics', metrics: ['latency_p50_ms', 'latency_p99_ms'], groupBy: 'scenario', scenarios: ['100 rps'] }];
    const atlas = atlasFrom(c);
    const spec = buildChartSpec(atlas, atlas.benchmarks[1]!, atlas.benchmarks[1]!.data.charts[0]!);
    // Cilium's p99 at 100 rps (2.5) comes before its p50 (1.5) in the study; Linkerd has no p50.
    expect(spec.datasets.find((d) => d.label === 'Cilium')!.data).toStrictEqual([1.5]);
    expect(spec.datasets.find((d) => d.label === 'Linkerd')!.data).toStrictEqual([null]);
  });

  it('takes the loads in the order the results give them when the chart lists none', () => {
    const c = chartContent();
    raw(c.benchmarks![1]!).charts = [{ id: 'load-any', title: 'Any load order', metrics: ['latency_p99_ms'], groupBy: 'scenario' }];
    const atlas = atlasFrom(c);
    const spec = buildChartSpec(atlas, atlas.benchmarks[1]!, atlas.benchmarks[1]!.data.charts[0]!);
    expect(spec.labels).toStrictEqual(['100 rps', '1000 rps', '10 rps', '5000 rps']);
    expect(spec.datasets.find((d) => d.label === 'Linkerd')!.data).toStrictEqual([3, 6, 2, 20]);
  });
});

describe('chart lists', () => {
  it('lists every chart of every study, studies by id, charts in their order, built once per atlas', () => {
    const atlas = atlasFrom(chartContent());
    expect(allChartSpecs(atlas).map((s) => s.id)).toStrictEqual(['load-p99', 'load-series', 'load-throughput', 'seed-latency', 'seed-memory-per-pod']);
    expect(allChartSpecs(atlas)[0]).toBe(allChartSpecs(atlas)[0]);
    const seed = atlas.benchmarks.find((b) => b.id === 'seed-3-node-latency')!;
    expect(studyChartSpecs(atlas, seed).map((s) => s.id)).toStrictEqual(['seed-latency', 'seed-memory-per-pod']);
    expect(studyChartSpecs(atlas, { ...seed, id: 'elsewhere' })).toStrictEqual([]);
    expect(allChartSpecs(atlasFrom(clone()))).toStrictEqual([]);
  });
});

describe('chart tables', () => {
  it('spells out approximations, ranges, zeros and gaps', () => {
    expect(chartTable(specOf('seed-memory-per-pod'))).toStrictEqual({
      columns: ['Memory per pod'],
      rows: [
        { label: 'Istio sidecar', cells: ['~70 MB (range 50 MB–100 MB)'] },
        { label: 'Istio ambient', cells: ['0 MB'] },
        { label: 'Linkerd', cells: ['20 MB'] },
      ],
    });
    const latency = chartTable(specOf('seed-latency'));
    expect(latency.columns).toStrictEqual(['Latency p50', 'Latency p99']);
    expect(latency.rows.slice(0, 3)).toStrictEqual([
      { label: 'No mesh', cells: ['1.2 ms', '4.5 ms'] },
      { label: 'Istio sidecar · tuned', cells: ['not reported', '9.0 ms'] },
      { label: 'Istio sidecar', cells: ['3.8 ms', '12.3 ms'] },
    ]);
  });

  it('signs changes in percent, zero unsigned, at the column’s precision', () => {
    expect(chartTable(specOf('load-throughput')).rows.map((r) => r.cells[0])).toStrictEqual(['0.0%', '-2.5%', '+5.0%']);
    expect(chartTable(specOf('load-p99')).rows[2]).toStrictEqual({ label: '1000 rps', cells: ['not reported', '8.00 ms', '~6.00 ms', 'not reported', 'not reported'] });
  });

  it('reads a missing value or flag as a gap, not as a number', () => {
    const spec: ChartSpec = { ...specOf('load-throughput'), labels: ['A', 'B'], datasets: [{ label: 'x', data: [1], approximate: [], ranges: [] }] };
    expect(chartTable(spec).rows).toStrictEqual([{ label: 'A', cells: ['+1.0%'] }, { label: 'B', cells: ['not reported'] }]);
  });
});

describe('restricting a chart to some meshes', () => {
  it('keeps only the chosen meshes’ bars of a series chart, with their flags and ranges', () => {
    const series = restrictChartSpec(specOf('seed-latency'), ['cilium', 'no-mesh']);
    expect(shape(series)).toStrictEqual({ labels: ['No mesh', 'Cilium'], datasets: [['Latency p50', [1.2, 1.4]], ['Latency p99', [4.5, 5.1]]] });
    expect(series.seriesMeshes).toStrictEqual(['no-mesh', 'cilium']);
    expect(series.meshes).toStrictEqual(['no-mesh', 'cilium']);
    expect(series.subset).toStrictEqual(['cilium', 'no-mesh']);
    const memory = restrictChartSpec(specOf('seed-memory-per-pod'), ['istio-sidecar', 'linkerd']);
    expect(memory.datasets).toStrictEqual([{ label: 'Memory per pod', data: [70, 20], approximate: [true, false], ranges: [{ min: 50, max: 100 }, null] }]);
    expect(memory.id).toBe('seed-memory-per-pod');
  });

  it('keeps only the chosen meshes’ datasets of a scenario chart, and every load', () => {
    const scenario = restrictChartSpec(specOf('load-p99'), ['linkerd']);
    expect(shape(scenario)).toStrictEqual({ labels: ['10 rps', '100 rps', '1000 rps'], datasets: [['Linkerd', [2, 3, 6]], ['Linkerd · edge', [null, 2.75, null]]] });
    expect(scenario.seriesMeshes).toStrictEqual(['linkerd', 'linkerd']);
    expect(scenario.meshes).toStrictEqual(['linkerd']);
    expect(scenario.subset).toStrictEqual(['linkerd']);
    expect(restrictChartSpec(specOf('load-p99'), []).datasets).toStrictEqual([]);
  });

  it('reads values, flags and ranges a hand-made spec leaves out as gaps', () => {
    const spec: ChartSpec = { ...specOf('seed-latency'), datasets: [{ label: 'x', data: [1], approximate: [], ranges: [] }] };
    expect(restrictChartSpec(spec, ['no-mesh', 'istio-ambient']).datasets).toStrictEqual([{ label: 'x', data: [1, null], approximate: [false, false], ranges: [null, null] }]);
  });
});

describe('conditions in one line', () => {
  const line = (over: object) => conditionsLine({ ...NO_CONDITIONS, ...over } as never);

  it('says when a study states none', () => {
    expect(line({})).toBe('Test conditions not stated by the source');
    expect(line({ nodeType: 'n2-standard-8', payload: '1 KB', duration: '60 s' })).toBe('Test conditions not stated by the source');
  });

  it('names each stated condition that shapes the numbers, in a fixed order', () => {
    expect(line({ l7Policy: true, environment: 'GKE', nodes: 1000, services: 2, pods: 4000, loadTool: 'wrk2', requestRate: '1000 rps', connections: '4', encryption: false })).toBe(
      'GKE · 1,000 nodes · 2 services · 4,000 pods · wrk2 · 1000 rps · 4 connections · encryption off · L7 policy on',
    );
    expect(line({ encryption: true })).toBe('encryption on');
    expect(line({ l7Policy: false })).toBe('L7 policy off');
    expect(line({ nodes: 3 })).toBe('3 nodes');
    expect(line({ services: 100 })).toBe('100 services');
    expect(line({ pods: 12 })).toBe('12 pods');
  });

  it('does not say "connections" twice', () => {
    expect(line({ connections: '1 and 64 Connections' })).toBe('1 and 64 Connections');
    expect(line({ connections: '64 connection pool' })).toBe('64 connection pool');
    expect(line({ connections: '1; 64' })).toBe('1; 64 connections');
  });
});

describe('bar labels', () => {
  it('name the variant after the mesh unless it is the default or the name already says it', () => {
    expect(variantLabel('Linkerd', 'default')).toBeNull();
    expect(variantLabel('Istio sidecar', 'sidecar')).toBeNull();
    expect(variantLabel('Istio  Sidecar', 'SIDECAR')).toBeNull();
    expect(variantLabel('Istio sidecar', 'side')).toBe('side');
    expect(variantLabel('Istio ambient', 'waypoint (L7)')).toBe('waypoint (L7)');
    expect(variantLabel('Cilium', 'Default')).toBe('Default');
  });

  it('name each unit in words on the value axis', () => {
    expect(UNITS.map(unitAxisLabel)).toStrictEqual([
      'milliseconds', 'MB', 'MiB', 'vCPU', '%', 'queries per second', 'queries per second per core', 'CPU milliseconds',
    ]);
  });
});

describe('the real content', () => {
  it('every chart has numbers, a unit, an https source and a unique id; labels and dataset names are distinct', () => {
    const specs = allChartSpecs(loadContent('content').atlas);
    expect(specs.length).toBeGreaterThan(0);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const spec of specs) {
      expect(spec.datasets.some((d) => d.data.some((v) => v !== null)), spec.id).toBe(true);
      expect(UNITS, spec.id).toContain(spec.unit);
      expect(spec.source.url, spec.id).toMatch(/^https:\/\//);
      expect(new Set(spec.labels).size, spec.id).toBe(spec.labels.length);
      expect(new Set(spec.datasets.map((d) => d.label)).size, spec.id).toBe(spec.datasets.length);
      for (const d of spec.datasets) {
        const length = spec.labels.length;
        expect([d.data.length, d.approximate.length, d.ranges.length], spec.id).toStrictEqual([length, length, length]);
      }
    }
  });
});
