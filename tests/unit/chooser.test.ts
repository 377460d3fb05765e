import { describe, expect, it } from 'vitest';
import { chooserData, EMPTY_ANSWERS, parseChooserAnswers, recommend, requiredFeatures, serializeChooserAnswers, summarizeRecommendation } from '../../src/lib/chooser';
import { loadContent } from '../../src/lib/contentFiles';

const { atlas } = loadContent('content');
const data = chooserData(atlas);
const ids = Object.keys(data.features);

describe('chooser logic on the real content', () => {
  it('a required feature a mesh lacks excludes it, with the cell as the reason: fault injection excludes Cilium', () => {
    const result = recommend(data, { ...EMPTY_ANSWERS, need: ['fault-injection-abort'] });
    const cilium = result.excluded.find((e) => e.mesh === 'cilium');
    expect(cilium?.reasons[0]).toEqual({ text: 'No support for Fault injection: errors', href: '/features/#fault-injection-abort-cilium', weight: 0 });
    expect(result.ranked.map((r) => r.mesh)).not.toContain('cilium');
    expect(result.ranked[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('eight services with no mesh-only requirement suggests considering no mesh', () => {
    const result = recommend(data, { ...EMPTY_ANSWERS, services: 8 });
    expect(result.noMesh.suggested).toBe(true);
    expect(result.noMesh.reasons[0]!.href).toBe('/guides/when-not-to-use-a-mesh/');
  });

  it('a small estate that needs mTLS is told why no mesh does not fit', () => {
    const result = recommend(data, { ...EMPTY_ANSWERS, services: 8, need: ['mtls'] });
    expect(result.noMesh.suggested).toBe(false);
    expect(result.noMesh.reasons[0]!.text).toMatch(/Mutual TLS/);
  });

  it('constraints become required features; memory-bound nodes penalise per-pod proxies', () => {
    expect(requiredFeatures({ ...EMPTY_ANSWERS, fips: true, windows: true })).toEqual(['fips', 'windows-nodes']);
    const result = recommend(data, { ...EMPTY_ANSWERS, memory: true });
    const sidecar = result.ranked.find((r) => r.mesh === 'istio-sidecar')!;
    const ambient = result.ranked.find((r) => r.mesh === 'istio-ambient')!;
    expect(ambient.score).toBeGreaterThan(sidecar.score);
    expect(sidecar.reasons.some((r) => r.href.includes('memory-per-pod'))).toBe(true);
  });

  it('no eBPF experience counts against Cilium', () => {
    const without = recommend(data, { ...EMPTY_ANSWERS, ebpf: false }).ranked.find((r) => r.mesh === 'cilium')!;
    const withIt = recommend(data, { ...EMPTY_ANSWERS, ebpf: true }).ranked.find((r) => r.mesh === 'cilium')!;
    expect(withIt.score).toBeGreaterThan(without.score);
  });
});

describe('the one-line summary', () => {
  it('names the first mesh and the excluded ones, and suggests no mesh when the result does', () => {
    const faults = recommend(data, { ...EMPTY_ANSWERS, need: ['fault-injection-abort'] });
    const line = summarizeRecommendation(faults);
    expect(line).toContain(`${faults.ranked.length} recommended, best first ${faults.ranked[0]!.name}`);
    expect(line).toMatch(/excluded \([^)]*Cilium[^)]*\)/);
    expect(summarizeRecommendation(recommend(data, { ...EMPTY_ANSWERS, services: 8 }))).toMatch(/consider running no mesh at all\.$/);
  });

  it('says so when every mesh is excluded', () => {
    const none = { ranked: [], excluded: [{ mesh: 'a', name: 'A', reasons: [] }], noMesh: { suggested: false, reasons: [] } };
    expect(summarizeRecommendation(none)).toBe('No mesh has some support for everything you require; 1 excluded (A).');
  });
});

describe('chooser URL state', () => {
  it('round-trips every answer and drops unknown features', () => {
    const answers = { ...EMPTY_ANSWERS, need: ['mtls', 'retries'], services: 40, nodes: 12, fips: true, memory: true, ebpf: false };
    const query = serializeChooserAnswers(answers);
    expect(query).toBe('?need=mtls,retries&services=40&nodes=12&fips=1&memory=1&ebpf=no');
    expect(parseChooserAnswers(query, ids)).toEqual(answers);
    expect(parseChooserAnswers('?need=mtls,teleport&services=-3', ids)).toEqual({ ...EMPTY_ANSWERS, need: ['mtls'] });
  });
});
