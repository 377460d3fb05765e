import { describe, expect, it } from 'vitest';
import { pairPreview, studyPreview } from '../../../src/view/previews';
import { atlasFrom, fourMeshContent } from '../fixtures';

const atlas = atlasFrom(fourMeshContent());
const mesh = (id: string) => atlas.meshes.find((m) => m.id === id)!;

describe('link-preview contents', () => {
  it('a pair’s card leads with the differences in level, at most five', () => {
    const card = pairPreview(atlas, mesh('cilium'), mesh('linkerd'));
    expect(card.title).toBe('Cilium vs Linkerd');
    expect(card.subtitle).toBe('Differ on 5 of 6 features — every cell sourced');
    expect(card.columns).toStrictEqual(['Cilium', 'Linkerd']);
    // fips differs only in requirements (both full): it comes after the four level differences.
    expect(card.rows).toStrictEqual([
      { label: 'Mutual TLS', left: 'partial', right: 'full' },
      { label: 'Fault injection', left: 'none', right: 'full' },
      { label: 'Windows nodes', left: 'partial', right: 'none' },
      { label: 'VM workloads', left: 'unknown', right: 'partial' },
      { label: 'FIPS 140 builds', left: 'full', right: 'full' },
    ]);
  });

  it('a study’s preview is its headline chart, or a text card when it has none', () => {
    const study = atlas.benchmarks[0]!;
    const withChart = studyPreview(atlas, study);
    expect('chart' in withChart && withChart.chart.id).toBe('seed-latency');
    const raw = fourMeshContent();
    Object.assign(raw.benchmarks![0]!.data as object, { charts: [] });
    const bare = atlasFrom(raw);
    expect(studyPreview(bare, bare.benchmarks[0]!)).toStrictEqual({
      card: { kicker: 'Benchmark study', title: 'Three-node latency and memory', subtitle: 'A blog', lines: ['What study seed-3-node-latency measured, briefly.'] },
    });
  });
});
