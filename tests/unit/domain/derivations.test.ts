import { describe, expect, it } from 'vitest';
import {
  comparedMeshes,
  dataReviewedDate,
  featuresByCategory,
  resultsByMetric,
  sortedMeshes,
  sourceIdsOfMesh,
  studiesForMesh,
  supportSummary,
  citationsBySource,
} from '../../../src/atlas/queries';
import { countLevels } from '../../../src/atlas/levels';
import { decimalsOf, formatDate, formatValue, latestDate } from '../../../src/domain/format';
import { conditionRows, formatCondition } from '../../../src/domain/conditions';
import { effectiveTheme } from '../../../src/domain/theme';
import { isRealIsoDate } from '../../../src/schemas/common';
import { atlasFrom, clone, raw } from '../fixtures';

const atlasOf = (content = clone()) => atlasFrom(content);

describe('queries', () => {
  it('orders meshes by their order field and separates the baseline', () => {
    const atlas = atlasOf();
    expect(sortedMeshes(atlas).map((m) => m.id)).toEqual(['no-mesh', 'mesh-a']);
    expect(comparedMeshes(atlas).map((m) => m.id)).toEqual(['mesh-a']);
  });

  it('groups features by category in vocabulary order, leaving out empty categories', () => {
    const groups = featuresByCategory(atlasOf());
    expect(groups.map((g) => g.category)).toEqual(['security', 'resilience']);
    expect(groups[0]!.label).toBe('Security and identity');
  });

  it('counts support levels per mesh', () => {
    const atlas = atlasOf();
    const mesh = atlas.meshes.find((m) => m.id === 'no-mesh')!;
    expect(supportSummary(mesh)).toEqual({ full: 0, partial: 0, none: 1, unknown: 0, 'not-applicable': 1 });
  });

  it('groups a study’s results by metric with meshes in display order', () => {
    const atlas = atlasOf();
    const tables = resultsByMetric(atlas.benchmarks[0]!, sortedMeshes(atlas).map((m) => m.id));
    expect(tables.map((t) => t.metric)).toEqual(['latency_p50_ms', 'latency_p99_ms', 'memory_per_pod_mb']);
    expect(tables[0]!.results.map((r) => r.mesh.id)).toEqual(['no-mesh', 'mesh-a']);
  });

  it('finds the studies that measured a mesh with only that mesh’s results', () => {
    const atlas = atlasOf();
    const [entry] = studiesForMesh(atlas, 'no-mesh');
    expect(entry!.results).toHaveLength(1);
    expect(studiesForMesh(atlas, 'unmeasured')).toEqual([]);
  });

  it('lists the sources a mesh cites once each, and backlinks them', () => {
    const content = clone();
    content.sources.push({
      file: 'content/sources/docs-b.yaml',
      data: { ...raw(content.sources[0]!), title: 'Docs B', url: 'https://example.org/b' },
    });
    raw(content.meshes[0]!).support.retries.sources = ['docs-b', 'docs-a'];
    const atlas = atlasOf(content);
    expect(sourceIdsOfMesh(atlas.meshes.find((m) => m.id === 'mesh-a')!)).toEqual(['docs-a', 'docs-b']);
    const backlinks = citationsBySource(atlas);
    expect(backlinks.get('docs-b')).toEqual([{ label: 'Mesh A', href: '/meshes/mesh-a/' }]);
    expect(backlinks.get('docs-a')!.map((c) => c.href)).toContain('/benchmarks/study-a/');
  });

  it('dates the data by the latest review or verification', () => {
    const content = clone();
    raw(content.meshes[1]!).support.mtls.verified = '2026-03-02';
    expect(dataReviewedDate(atlasOf(content))).toBe('2026-03-02');
  });
});

describe('formatting', () => {
  it('formats values with units, approximations and signs', () => {
    expect(formatValue(12.3, 'ms')).toBe('12.3 ms');
    expect(formatValue(70, 'MB', { approximate: true })).toBe('~70 MB');
    expect(formatValue(56, 'percent', { signed: true })).toBe('+56%');
    expect(formatValue(-15, 'percent', { signed: true })).toBe('-15%');
    expect(formatValue(2178, 'qps/core')).toBe('2,178 qps/core');
    expect(formatValue(2, 'ms', { decimals: 1 })).toBe('2.0 ms');
  });

  it('finds the precision a column of values needs', () => {
    expect(decimalsOf([1.2, 2, 12.3])).toBe(1);
    expect(decimalsOf([0.3872, 0.2891])).toBe(4);
    expect(decimalsOf([70, 0])).toBe(0);
    expect(decimalsOf([1e-7])).toBe(4);
  });

  it('formats dates for reading and finds the latest', () => {
    expect(formatDate('2024-10-16')).toBe('16 Oct 2024');
    expect(latestDate(['2024-01-02', '2026-11-01', '2025-12-31'])).toBe('2026-11-01');
    expect(latestDate([])).toBeUndefined();
  });

  it('says "not stated" for conditions a study does not give', () => {
    expect(formatCondition(null)).toBe('not stated');
    expect(formatCondition(true)).toBe('on');
    expect(formatCondition(1000)).toBe('1,000');
    const rows = conditionRows(raw(clone().benchmarks[0]!).conditions);
    expect(rows.find((r) => r.key === 'nodeType')!.value).toBe('not stated');
    expect(rows.some((r) => r.key === 'other')).toBe(false);
  });

  it('counts every level even when absent', () => {
    expect(countLevels(['full', 'full', 'unknown'])).toEqual({ full: 2, partial: 0, none: 0, unknown: 1, 'not-applicable': 0 });
  });
});

describe('dates and theme', () => {
  it('accepts only real calendar dates', () => {
    expect(isRealIsoDate('2024-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-13-01')).toBe(false);
    expect(isRealIsoDate('26-01-01')).toBe(false);
  });

  it('uses the stored theme when valid, else the system preference', () => {
    expect(effectiveTheme('dark', false)).toBe('dark');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme('purple', false)).toBe('light');
  });
});
