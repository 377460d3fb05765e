import { describe, expect, it } from 'vitest';
import { visibleRows, type MatrixRow } from '../../../src/domain/matrixState';
import { defaultMatrixState, parseMatrixState, serializeMatrixState, type MatrixOptions } from '../../../src/domain/urls';

const options: MatrixOptions = { meshIds: ['istio-sidecar', 'cilium', 'linkerd', 'no-mesh'], categoryIds: ['security', 'traffic'] };

describe('matrix URL state', () => {
  it('defaults to everything and writes nothing for the default view', () => {
    const state = parseMatrixState('', options);
    expect(state).toEqual(defaultMatrixState(options));
    expect(serializeMatrixState(state, options)).toBe('');
  });

  it('round-trips every control', () => {
    const state = { meshes: ['cilium', 'linkerd'], categories: ['traffic'], q: 'retry budget', diff: true };
    const query = serializeMatrixState(state, options);
    expect(query).toBe('?m=cilium,linkerd&cat=traffic&q=retry+budget&diff=1');
    expect(parseMatrixState(query, options)).toStrictEqual(state);
  });

  it('reads diff only as "1": 0, yes, true and an empty value are off', () => {
    expect(parseMatrixState('?diff=1', options).diff).toBe(true);
    for (const value of ['0', 'yes', 'true', '']) expect(parseMatrixState(`?diff=${value}`, options).diff, value).toBe(false);
    expect(parseMatrixState('?m=cilium', options).diff).toBe(false);
  });

  it('trims ids and the text filter, and caps the filter at 100 characters', () => {
    expect(parseMatrixState('?m=+cilium+,+linkerd&cat=+traffic+', options)).toStrictEqual({ meshes: ['cilium', 'linkerd'], categories: ['traffic'], q: '', diff: false });
    expect(parseMatrixState('?q=++retry+', options).q).toBe('retry');
    expect(parseMatrixState(`?q=${'a'.repeat(150)}`, options).q).toBe('a'.repeat(100));
  });

  it('accepts any non-empty selection by default, and selections exactly at the bounds', () => {
    expect(parseMatrixState('?m=no-mesh', options).meshes).toStrictEqual(['no-mesh']);
    expect(parseMatrixState('?m=no-mesh,linkerd,cilium,istio-sidecar', options).meshes).toStrictEqual(['no-mesh', 'linkerd', 'cilium', 'istio-sidecar']);
    expect(parseMatrixState('?m=kuma', options).meshes).toStrictEqual(['istio-sidecar', 'cilium', 'linkerd', 'no-mesh']);
    const bounded = { ...options, minMeshes: 2, maxMeshes: 2 };
    expect(parseMatrixState('?m=linkerd,cilium', bounded).meshes).toStrictEqual(['linkerd', 'cilium']);
    expect(parseMatrixState('?m=linkerd', bounded).meshes).toStrictEqual(options.meshIds);
    expect(parseMatrixState('?m=linkerd,cilium,no-mesh', bounded).meshes).toStrictEqual(options.meshIds);
  });

  it('gives each state its own lists, not the options’ arrays', () => {
    const defaults = { ...options, defaultMeshes: ['cilium'] };
    const state = defaultMatrixState(defaults);
    expect(state).toStrictEqual({ meshes: ['cilium'], categories: ['security', 'traffic'], q: '', diff: false });
    expect(state.meshes).not.toBe(defaults.defaultMeshes);
    expect(state.categories).not.toBe(options.categoryIds);
    expect(defaultMatrixState(options).meshes).toStrictEqual(['istio-sidecar', 'cilium', 'linkerd', 'no-mesh']);
  });

  it('writes each control that differs from its default, and only those', () => {
    const base = defaultMatrixState(options);
    expect(serializeMatrixState({ ...base, diff: true }, options)).toBe('?diff=1');
    expect(serializeMatrixState({ ...base, q: 'mtls' }, options)).toBe('?q=mtls');
    // The mesh order is part of the view; the category order is not (it is the matrix's order).
    expect(serializeMatrixState({ ...base, meshes: ['cilium', 'istio-sidecar', 'linkerd', 'no-mesh'] }, options)).toBe('?m=cilium,istio-sidecar,linkerd,no-mesh');
    expect(serializeMatrixState({ ...base, meshes: ['istio-sidecar', 'cilium', 'linkerd'] }, options)).toBe('?m=istio-sidecar,cilium,linkerd');
    expect(serializeMatrixState({ ...base, categories: ['traffic', 'security'] }, options)).toBe('');
    expect(serializeMatrixState({ ...base, categories: ['traffic'] }, options)).toBe('?cat=traffic');
    const three = { ...options, categoryIds: ['security', 'traffic', 'resilience'] };
    expect(serializeMatrixState({ ...defaultMatrixState(three), categories: ['resilience', 'security'] }, three)).toBe('?cat=security,resilience');
    expect(serializeMatrixState({ ...base, q: 'a&b' }, options)).toBe('?q=a%26b');
    // Categories in vocabulary order, which is not alphabetical: every one shown is still the default.
    const vocab = { ...options, categoryIds: ['security', 'traffic', 'resilience'] };
    expect(serializeMatrixState(defaultMatrixState(vocab), vocab)).toBe('');
    expect(serializeMatrixState({ ...defaultMatrixState(vocab), categories: ['resilience', 'traffic', 'security'] }, vocab)).toBe('');
  });

  it('keeps the order meshes were chosen in and drops unknown or repeated ids', () => {
    expect(parseMatrixState('?m=linkerd,kuma,cilium,linkerd', options).meshes).toEqual(['linkerd', 'cilium']);
  });

  it('falls back to the default selection when the URL asks for too few or too many meshes', () => {
    const bounded = { ...options, defaultMeshes: ['istio-sidecar', 'cilium', 'linkerd'], minMeshes: 2, maxMeshes: 3 };
    expect(parseMatrixState('?m=cilium', bounded).meshes).toEqual(['istio-sidecar', 'cilium', 'linkerd']);
    expect(parseMatrixState('?m=cilium,linkerd,no-mesh,istio-sidecar', bounded).meshes).toEqual(['istio-sidecar', 'cilium', 'linkerd']);
    expect(parseMatrixState('?m=cilium,no-mesh', bounded).meshes).toEqual(['cilium', 'no-mesh']);
    expect(serializeMatrixState(parseMatrixState('', bounded), bounded)).toBe('');
  });

  it('ignores unknown categories and a non-1 diff value', () => {
    const state = parseMatrixState('?cat=bogus&diff=yes', options);
    expect(state.categories).toEqual(['security', 'traffic']);
    expect(state.diff).toBe(false);
  });
});

describe('visible rows', () => {
  const rows: MatrixRow[] = [
    { id: 'mtls', category: 'security', text: 'mutual tls mtls', signatures: { cilium: 'partial', linkerd: 'full', 'istio-sidecar': 'full' } },
    { id: 'retries', category: 'traffic', text: 'retries retry & timeout', signatures: { cilium: 'partial', linkerd: 'partial', 'istio-sidecar': 'full' } },
    { id: 'split', category: 'traffic', text: 'traffic split canary', signatures: { cilium: 'full', linkerd: 'full', 'istio-sidecar': 'full' } },
  ];
  const state = (over: object) => ({ ...defaultMatrixState(options), ...over });

  it('filters by category, by every word of the text, and by difference among the shown meshes', () => {
    expect([...visibleRows(rows, state({ categories: ['traffic'] }))]).toEqual(['retries', 'split']);
    expect([...visibleRows(rows, state({ q: 'RETRY timeout' }))]).toEqual(['retries']);
    expect([...visibleRows(rows, state({ q: 'retry canary' }))]).toEqual([]);
    expect([...visibleRows(rows, state({ meshes: ['cilium', 'linkerd'], diff: true }))]).toEqual(['mtls']);
    expect([...visibleRows(rows, state({ meshes: ['linkerd', 'istio-sidecar'], diff: true }))]).toEqual(['retries']);
  });

  it('with one mesh shown, "only differences" has nothing to compare and hides nothing', () => {
    expect(visibleRows(rows, state({ meshes: ['cilium'], diff: true })).size).toBe(3);
  });

  it('shows every row of the shown categories without a filter, and rows that differ anywhere with diff', () => {
    expect([...visibleRows(rows, state({}))]).toStrictEqual(['mtls', 'retries', 'split']);
    expect([...visibleRows(rows, state({ q: '   ' }))]).toStrictEqual(['mtls', 'retries', 'split']);
    expect([...visibleRows(rows, state({ categories: [] }))]).toStrictEqual([]);
    expect([...visibleRows(rows, state({ meshes: ['cilium', 'linkerd', 'istio-sidecar'], diff: true }))]).toStrictEqual(['mtls', 'retries']);
    expect([...visibleRows(rows, state({ meshes: ['cilium', 'linkerd'], diff: false }))]).toStrictEqual(['mtls', 'retries', 'split']);
    expect([...visibleRows(rows, state({ q: 'canary', categories: ['security'] }))]).toStrictEqual([]);
  });
});
