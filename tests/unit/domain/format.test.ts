/**
 * The small text helpers every page uses: numbers with units, dates, support levels, conditions,
 * wrapped labels, the theme choice and internal URLs. Expected strings are written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { decimalsOf, formatDate, formatValue, latestDate, signedUnit } from '../../../src/domain/format';
import { countLevels, LEVEL_DISPLAY } from '../../../src/atlas/levels';
import { CONDITION_LABELS, conditionRows, formatCondition } from '../../../src/domain/conditions';
import { wrapText } from '../../../src/domain/text';
import { effectiveTheme, THEME_STORAGE_KEY } from '../../../src/domain/theme';
import {
  categoryAnchor,
  cellAnchor,
  chartAnchor,
  COMPARE_MESHES,
  compareViewOptions,
  defaultMatrixState,
  pairOrder,
  pairSlug,
  parseMatrixState,
  parseSearchState,
  serializeSearchState,
  urls,
} from '../../../src/domain/urls';
import { UNITS } from '../../../src/schemas/vocab';
import { NO_CONDITIONS } from '../fixtures';

describe('formatValue', () => {
  it('writes every unit with its own suffix', () => {
    expect(UNITS.map((unit) => formatValue(3, unit))).toStrictEqual([
      '3 ms', '3 MB', '3 MiB', '3 vCPU', '3%', '3 qps', '3 qps/core', '3 ms CPU',
    ]);
  });

  it('shows zero as a number, never as missing', () => {
    expect(formatValue(0, 'ms')).toBe('0 ms');
    expect(formatValue(0, 'MB', { decimals: 1 })).toBe('0.0 MB');
    expect(formatValue(0, 'percent', { signed: true })).toBe('0%');
  });

  it('signs only positive values, and only when asked', () => {
    expect(formatValue(56, 'percent', { signed: true })).toBe('+56%');
    expect(formatValue(56, 'percent')).toBe('56%');
    expect(formatValue(56, 'percent', { signed: false })).toBe('56%');
    expect(formatValue(-15, 'percent', { signed: true })).toBe('-15%');
    expect(formatValue(0.5, 'ms', { signed: true, approximate: true })).toBe('~+0.5 ms');
  });

  it('marks approximate values with a tilde, and only those', () => {
    expect(formatValue(70, 'MB', { approximate: true })).toBe('~70 MB');
    expect(formatValue(70, 'MB', { approximate: false })).toBe('70 MB');
  });

  it('keeps up to four decimals by default and exactly `decimals` when given', () => {
    expect(formatValue(1.23456, 'ms')).toBe('1.2346 ms');
    expect(formatValue(1.5, 'ms')).toBe('1.5 ms');
    expect(formatValue(2, 'ms', { decimals: 2 })).toBe('2.00 ms');
    expect(formatValue(2.345, 'ms', { decimals: 1 })).toBe('2.3 ms');
    expect(formatValue(2.35, 'ms', { decimals: 0 })).toBe('2 ms');
    expect(formatValue(12345.5, 'qps')).toBe('12,345.5 qps');
  });

  it('treats percent, and only percent, as a signed unit', () => {
    expect(UNITS.filter(signedUnit)).toStrictEqual(['percent']);
  });
});

describe('decimalsOf', () => {
  it('is the most decimals of any value, capped at four', () => {
    expect(decimalsOf([])).toBe(0);
    expect(decimalsOf([3])).toBe(0);
    expect(decimalsOf([1.25, 2, 3.5])).toBe(2);
    expect(decimalsOf([0.123456])).toBe(4);
    expect(decimalsOf([1e-7])).toBe(4);
    expect(decimalsOf([1e21])).toBe(4);
  });
});

describe('dates', () => {
  it('formats ISO dates day-first with a short month, without a leading zero', () => {
    expect(formatDate('2026-01-05')).toBe('5 Jan 2026');
    expect(formatDate('2024-12-31')).toBe('31 Dec 2024');
    expect(formatDate('2024-02-29')).toBe('29 Feb 2024');
  });

  it('finds the latest date wherever it is in the list', () => {
    expect(latestDate(['2026-03-01', '2025-01-01', '2024-06-30'])).toBe('2026-03-01');
    expect(latestDate(['2024-06-30', '2026-03-01', '2025-01-01'])).toBe('2026-03-01');
    expect(latestDate(['2025-01-01'])).toBe('2025-01-01');
    expect(latestDate(new Set(['2025-01-01', '2025-01-02']))).toBe('2025-01-02');
    expect(latestDate([])).toBeUndefined();
  });
});

describe('support levels', () => {
  it('shows each level with its own label, symbol and description', () => {
    expect(LEVEL_DISPLAY).toStrictEqual({
      full: { label: 'Full', symbol: '✓', description: 'Supported as documented' },
      partial: { label: 'Partial', symbol: '◐', description: 'Supported with limits or only in some configurations' },
      none: { label: 'None', symbol: '✕', description: 'Not supported' },
      unknown: { label: 'Unknown', symbol: '?', description: 'Not verified: no primary source found yet' },
      'not-applicable': { label: 'n/a', symbol: '–', description: 'The question does not apply to this mesh' },
    });
  });

  it('counts every level, zero or not', () => {
    expect(countLevels([])).toStrictEqual({ full: 0, partial: 0, none: 0, unknown: 0, 'not-applicable': 0 });
    expect(countLevels(['partial', 'none', 'none', 'not-applicable', 'full', 'none'])).toStrictEqual({
      full: 1, partial: 1, none: 3, unknown: 0, 'not-applicable': 1,
    });
  });
});

describe('conditions', () => {
  it('reads unstated conditions as "not stated" and the rest as text', () => {
    expect(formatCondition(null)).toBe('not stated');
    expect(formatCondition(undefined)).toBe('not stated');
    expect(formatCondition(true)).toBe('on');
    expect(formatCondition(false)).toBe('off');
    expect(formatCondition(0)).toBe('0');
    expect(formatCondition(1234567)).toBe('1,234,567');
    expect(formatCondition('GKE')).toBe('GKE');
    expect(formatCondition('')).toBe('');
  });

  it('lists conditions in table order with their labels, "other" only when given', () => {
    const conditions = { ...NO_CONDITIONS, nodes: 3, encryption: false, loadTool: 'fortio' } as Parameters<typeof conditionRows>[0];
    expect(conditionRows(conditions)).toStrictEqual([
      { key: 'environment', label: 'Cluster', value: 'not stated' },
      { key: 'nodes', label: 'Nodes', value: '3' },
      { key: 'nodeType', label: 'Node type', value: 'not stated' },
      { key: 'totalCores', label: 'Total cores', value: 'not stated' },
      { key: 'services', label: 'Services', value: 'not stated' },
      { key: 'pods', label: 'Pods', value: 'not stated' },
      { key: 'workload', label: 'Workload', value: 'not stated' },
      { key: 'loadTool', label: 'Load tool', value: 'fortio' },
      { key: 'requestRate', label: 'Request rate', value: 'not stated' },
      { key: 'connections', label: 'Connections', value: 'not stated' },
      { key: 'payload', label: 'Payload', value: 'not stated' },
      { key: 'protocol', label: 'Protocol', value: 'not stated' },
      { key: 'encryption', label: 'Encryption', value: 'off' },
      { key: 'l7Policy', label: 'L7 policy / processing', value: 'not stated' },
      { key: 'duration', label: 'Duration', value: 'not stated' },
    ]);
    expect(conditionRows({ ...conditions, other: 'Kubernetes 1.30' }).at(-1)).toStrictEqual({ key: 'other', label: 'Other conditions', value: 'Kubernetes 1.30' });
    expect(conditionRows({ ...conditions, other: '' }).map((r) => r.key)).not.toContain('other');
    expect(Object.keys(CONDITION_LABELS)).toHaveLength(16);
  });
});

describe('wrapText', () => {
  it('fills each line up to exactly `max` characters', () => {
    expect(wrapText('ab cd', 5)).toStrictEqual(['ab cd']);
    expect(wrapText('ab cd', 4)).toStrictEqual(['ab', 'cd']);
    expect(wrapText('ab cd ef', 5)).toStrictEqual(['ab cd', 'ef']);
    expect(wrapText('a b c d', 3)).toStrictEqual(['a b', 'c d']);
  });

  it('keeps a long word whole on its own line and ignores repeated spaces', () => {
    expect(wrapText('x verylongword y', 4)).toStrictEqual(['x', 'verylongword', 'y']);
    expect(wrapText('  a   b  ', 10)).toStrictEqual(['a b']);
    expect(wrapText('', 10)).toStrictEqual([]);
  });
});

describe('theme', () => {
  it('uses a valid stored choice, else the system preference', () => {
    expect(THEME_STORAGE_KEY).toBe('mesh-atlas-theme');
    expect(effectiveTheme('dark', false)).toBe('dark');
    expect(effectiveTheme('light', true)).toBe('light');
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('purple', true)).toBe('dark');
    expect(effectiveTheme('', false)).toBe('light');
  });
});

describe('internal URLs', () => {
  it('builds every page, anchor and export URL', () => {
    expect(urls.home()).toBe('/');
    expect(urls.meshes()).toBe('/#meshes');
    expect(urls.meshProfiles()).toBe('/meshes/');
    expect(urls.mesh('cilium')).toBe('/meshes/cilium/');
    expect(urls.meshCell('mtls', 'cilium')).toBe('/meshes/cilium/#mtls-cilium');
    expect(urls.features()).toBe('/features/');
    expect(urls.matrixRow('mtls')).toBe('/features/#mtls');
    expect(urls.matrixCell('mtls', 'cilium')).toBe('/features/#mtls-cilium');
    expect(urls.matrixCategory('security')).toBe('/features/#category-security');
    expect(urls.feature('mtls')).toBe('/features/mtls/');
    expect(urls.featureCell('mtls', 'cilium')).toBe('/features/mtls/#mtls-cilium');
    expect(urls.compare()).toBe('/compare/');
    expect(urls.benchmarks()).toBe('/benchmarks/');
    expect(urls.study('study-a')).toBe('/benchmarks/study-a/');
    expect(urls.studyChart('study-a', 'latency')).toBe('/benchmarks/study-a/#chart-latency');
    expect(urls.sources()).toBe('/sources/');
    expect(urls.source('docs-a')).toBe('/sources/#docs-a');
    expect(urls.guides()).toBe('/guides/');
    expect(urls.guide('how-to')).toBe('/guides/how-to/');
    expect(urls.search()).toBe('/search/');
    expect(urls.calculator()).toBe('/calculator/');
    expect(urls.chooser()).toBe('/choose/');
    expect(urls.notFound()).toBe('/404.html');
    expect(urls.data()).toBe('/data/');
    expect(urls.featuresExport()).toBe('/data/features.json');
    expect(urls.featuresCsv()).toBe('/data/features.csv');
    expect(urls.benchmarksExport()).toBe('/data/benchmarks.json');
    expect(urls.benchmarksCsv()).toBe('/data/benchmarks.csv');
    expect(urls.chartsExport()).toBe('/data/charts.json');
    expect(urls.exportSchema('features')).toBe('/data/schema/features.schema.json');
    expect(urls.exportSchema('charts')).toBe('/data/schema/charts.schema.json');
    expect(urls.favicon()).toBe('/favicon.svg');
    expect(urls.sitemap()).toBe('/sitemap-index.xml');
    expect(urls.pagefind()).toBe('/pagefind/pagefind.js');
    expect(cellAnchor('mtls', 'cilium')).toBe('mtls-cilium');
    expect(chartAnchor('latency')).toBe('chart-latency');
    expect(categoryAnchor('security')).toBe('category-security');
  });

  it('builds chart files, embeds and link-preview images', () => {
    expect(urls.chartSvg('lat')).toBe('/charts/lat.svg');
    expect(urls.chartSvgDark('lat')).toBe('/charts/lat.dark.svg');
    expect(urls.chartPng('lat')).toBe('/charts/lat.png');
    expect(urls.chartPngDark('lat')).toBe('/charts/lat.dark.png');
    expect(urls.chartCsv('lat')).toBe('/charts/lat.csv');
    expect(urls.embeds()).toBe('/embed/');
    expect(urls.chartEmbed('lat')).toBe('/embed/charts/lat/');
    expect(urls.ogDefault()).toBe('/og/mesh-atlas.png');
    expect(urls.ogStudy('study-a')).toBe('/og/benchmarks/study-a.png');
    expect(urls.ogPair('linkerd', 'cilium')).toBe('/og/compare/cilium-vs-linkerd.png');
  });

  it('names a pair page in one order whichever way the pair is given', () => {
    expect(pairOrder('linkerd', 'cilium')).toStrictEqual(['cilium', 'linkerd']);
    expect(pairSlug('linkerd', 'cilium')).toBe('cilium-vs-linkerd');
    expect(pairSlug('istio-sidecar', 'istio-ambient')).toBe('istio-ambient-vs-istio-sidecar');
    expect(urls.pair('linkerd', 'cilium')).toBe('/compare/cilium-vs-linkerd/');
    expect(urls.pair('cilium', 'linkerd')).toBe('/compare/cilium-vs-linkerd/');
    expect(urls.pairFeature('linkerd', 'cilium', 'mtls')).toBe('/compare/cilium-vs-linkerd/#mtls');
    expect(urls.pairReversed('cilium', 'linkerd')).toBe('/compare/linkerd-vs-cilium/');
    expect(urls.pairReversed('linkerd', 'cilium')).toBe('/compare/linkerd-vs-cilium/');
    expect(() => urls.pair('cilium', 'cilium')).toThrow('cannot compare "cilium" with itself');
  });

  it('links a view of the matrix with only what differs from its defaults', () => {
    const options = { meshIds: ['istio-sidecar', 'cilium', 'linkerd', 'no-mesh'], categoryIds: ['security', 'traffic'] };
    expect(urls.featuresView(defaultMatrixState(options), options)).toBe('/features/');
    expect(urls.featuresView({ ...defaultMatrixState(options), meshes: ['cilium', 'linkerd'], diff: true }, options)).toBe('/features/?m=cilium,linkerd&diff=1');
  });

  it('keeps the compare view within its bounds, its default included', () => {
    expect(COMPARE_MESHES).toStrictEqual({ min: 2, max: 4 });
    const compared = ['a', 'b', 'c', 'd', 'e', 'f'];
    const options = compareViewOptions([...compared, 'no-mesh'], compared, ['security']);
    expect(options).toStrictEqual({ meshIds: [...compared, 'no-mesh'], categoryIds: ['security'], defaultMeshes: ['a', 'b', 'c', 'd'], minMeshes: 2, maxMeshes: 4 });
    expect(parseMatrixState('', options).meshes).toStrictEqual(['a', 'b', 'c', 'd']);
    expect(parseMatrixState('?m=a,b,c,d,e', options).meshes).toStrictEqual(['a', 'b', 'c', 'd']);
    expect(parseMatrixState('?m=e,no-mesh', options).meshes).toStrictEqual(['e', 'no-mesh']);
    expect(compareViewOptions(['a', 'b', 'no-mesh'], ['a', 'b'], []).defaultMeshes).toStrictEqual(['a', 'b']);
  });

  it('reads and writes the search query and filters, leaving out empty ones', () => {
    expect(parseSearchState('')).toStrictEqual({ q: '', type: '', mesh: '' });
    expect(parseSearchState('?q=retry+budget&type=feature&mesh=Cilium')).toStrictEqual({ q: 'retry budget', type: 'feature', mesh: 'Cilium' });
    expect(serializeSearchState({ q: 'retry budget', type: 'feature', mesh: '' })).toBe('?q=retry+budget&type=feature');
    expect(serializeSearchState({ mesh: 'Istio ambient' })).toBe('?mesh=Istio+ambient');
    expect(serializeSearchState({ q: '', type: '', mesh: '' })).toBe('');
    expect(serializeSearchState({ q: 'a&b' })).toBe('?q=a%26b');
    expect(urls.search({ q: 'mtls' })).toBe('/search/?q=mtls');
    const state = { q: 'ztunnel é', type: 'mesh', mesh: 'Linkerd' };
    expect(parseSearchState(serializeSearchState(state))).toStrictEqual(state);
  });
});
