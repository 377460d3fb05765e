import { describe, expect, it } from 'vitest';
import { defaultMatrixState, parseMatrixState, serializeMatrixState, visibleRows, type MatrixOptions, type MatrixRow } from '../../src/lib/matrixState';

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
    expect(parseMatrixState(query, options)).toEqual(state);
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
});
