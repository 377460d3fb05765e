import { describe, expect, it } from 'vitest';
import { calculatorModel, estimateCpu, estimateOverhead, formatMemory, type OverheadModel } from '../../../src/domain/calculator';
import { CALCULATOR_DEFAULTS, CALCULATOR_LIMITS, parseCalculatorInputs, serializeCalculatorInputs } from '../../../src/domain/urls';
import { atlasFrom, fourMeshContent, raw, studyFile } from '../fixtures';

const sidecar: OverheadModel = {
  mesh: 'istio-sidecar',
  name: 'Istio sidecar',
  perPodMb: { value: 70, min: 50, max: 100, approximate: true },
  perNodeMb: { value: 0, min: 0, max: 0, approximate: false },
  addedP50Ms: 2.6,
  addedP99Ms: 7.8,
};
const figure = (value: number, min = value, max = value) => ({ value, min, max, approximate: false });

describe('calculator arithmetic', () => {
  it('reproduces the seed article: 1,000 pods × 70 MB sidecars = 70 GB', () => {
    const estimate = estimateOverhead({ ...CALCULATOR_DEFAULTS, pods: 1000, nodes: 10 }, sidecar);
    expect(estimate.memoryMb).toStrictEqual({ value: 70_000, min: 50_000, max: 100_000 });
    expect(formatMemory(estimate.memoryMb!.value)).toBe('70 GB');
  });

  it('adds pods × memory per pod and nodes × memory per node, for the value and each end of the range', () => {
    const model = { ...sidecar, perNodeMb: figure(40, 30, 60) };
    expect(estimateOverhead({ pods: 250, nodes: 4, hops: 2, rps: 1 }, model)).toStrictEqual({
      mesh: 'istio-sidecar',
      memoryMb: { value: 250 * 70 + 4 * 40, min: 250 * 50 + 4 * 30, max: 250 * 100 + 4 * 60 },
      latencyP50Ms: 5.2,
      latencyP99Ms: 15.6,
    });
  });

  it('multiplies added latency by hops', () => {
    const ztunnel: OverheadModel = { ...sidecar, perPodMb: figure(0), perNodeMb: { value: 50, min: 50, max: 50, approximate: true }, addedP50Ms: 0.9, addedP99Ms: 2.3 };
    const estimate = estimateOverhead({ pods: 1000, nodes: 10, hops: 3, rps: 1 }, ztunnel);
    expect(estimate.memoryMb!.value).toBe(500);
    expect(estimate.latencyP50Ms).toBe(2.7);
    expect(estimate.latencyP99Ms).toBe(6.9);
  });

  it('rounds to a thousandth so floating-point noise does not show', () => {
    const tiny: OverheadModel = { ...sidecar, perPodMb: figure(0.1), perNodeMb: figure(0.2), addedP50Ms: 0.1, addedP99Ms: 0.0004 };
    expect(estimateOverhead({ pods: 3, nodes: 1, hops: 3, rps: 1 }, tiny)).toStrictEqual({
      mesh: 'istio-sidecar',
      memoryMb: { value: 0.5, min: 0.5, max: 0.5 },
      latencyP50Ms: 0.3,
      latencyP99Ms: 0.001,
    });
  });

  it('says nothing where a figure is missing rather than guessing, and keeps a zero as zero', () => {
    const unknown = estimateOverhead(CALCULATOR_DEFAULTS, { ...sidecar, perNodeMb: null, addedP99Ms: null });
    expect(unknown.memoryMb).toBeNull();
    expect(unknown.latencyP99Ms).toBeNull();
    expect(unknown.latencyP50Ms).toBe(7.8);
    const noPod = estimateOverhead(CALCULATOR_DEFAULTS, { ...sidecar, perPodMb: null, addedP50Ms: null, addedP99Ms: 0 });
    expect([noPod.memoryMb, noPod.latencyP50Ms, noPod.latencyP99Ms]).toStrictEqual([null, null, 0]);
  });

  it('estimates proxy CPU: requests/s ÷ 1,000 × traversals per hop × hops × vCPU per 1,000 requests/s', () => {
    expect(estimateCpu({ pods: 1, nodes: 1, hops: 3, rps: 5000 }, { mesh: 'istio-sidecar', label: 'sidecar', vcpuPer1000Rps: 0.2, traversalsPerHop: 2 })).toBe(6);
    expect(estimateCpu({ pods: 1, nodes: 1, hops: 3, rps: 2500 }, { mesh: 'istio-ambient', label: 'ztunnel (L4)', vcpuPer1000Rps: 0.06, traversalsPerHop: 2 })).toBe(0.9);
    expect(estimateCpu({ pods: 1, nodes: 1, hops: 2, rps: 500 }, { mesh: 'istio-ambient', label: 'waypoint (L7)', vcpuPer1000Rps: 0.25, traversalsPerHop: 1 })).toBe(0.25);
  });

  it('formats memory in MB below 1,000 MB (one decimal) and in GB from there (two decimals)', () => {
    expect(formatMemory(0)).toBe('0 MB');
    expect(formatMemory(512)).toBe('512 MB');
    expect(formatMemory(512.25)).toBe('512.3 MB');
    expect(formatMemory(999.9)).toBe('999.9 MB');
    expect(formatMemory(1000)).toBe('1 GB');
    expect(formatMemory(1500)).toBe('1.5 GB');
    expect(formatMemory(1234.567)).toBe('1.23 GB');
    expect(formatMemory(2_500_000)).toBe('2,500 GB');
  });
});

describe('calculator URL state', () => {
  it('round-trips the inputs', () => {
    const inputs = { pods: 250, nodes: 4, hops: 5, rps: 20000 };
    expect(parseCalculatorInputs(serializeCalculatorInputs(inputs))).toStrictEqual(inputs);
    expect(serializeCalculatorInputs(CALCULATOR_DEFAULTS)).toBe('?pods=1000&nodes=10&hops=3&rps=1000');
    expect(parseCalculatorInputs('')).toStrictEqual({ pods: 1000, nodes: 10, hops: 3, rps: 1000 });
  });

  it('replaces missing, blank, non-integer and out-of-range values with defaults', () => {
    expect(parseCalculatorInputs('?pods=abc&nodes=-2&hops=2.5&rps=')).toStrictEqual(CALCULATOR_DEFAULTS);
    expect(parseCalculatorInputs('?pods=+++&nodes=Infinity&hops=0&rps=10000001')).toStrictEqual(CALCULATOR_DEFAULTS);
  });

  it('accepts each limit itself and nothing beyond it', () => {
    expect(parseCalculatorInputs('?pods=1&nodes=1&hops=1&rps=1')).toStrictEqual({ pods: 1, nodes: 1, hops: 1, rps: 1 });
    expect(parseCalculatorInputs('?pods=1000000&nodes=100000&hops=50&rps=10000000')).toStrictEqual({ pods: 1_000_000, nodes: 100_000, hops: 50, rps: 10_000_000 });
    expect(parseCalculatorInputs('?pods=1000001&nodes=100001&hops=51&rps=0')).toStrictEqual(CALCULATOR_DEFAULTS);
    expect(parseCalculatorInputs('?pods=0&nodes=0')).toStrictEqual(CALCULATOR_DEFAULTS);
    expect(parseCalculatorInputs('?pods=+42+')).toStrictEqual({ ...CALCULATOR_DEFAULTS, pods: 42 });
  });

  it('labels each input for the form', () => {
    expect(Object.fromEntries(Object.entries(CALCULATOR_LIMITS).map(([k, v]) => [k, v.label]))).toStrictEqual({
      pods: 'Application pods', nodes: 'Nodes', hops: 'Services in a call chain (hops)', rps: 'Requests per second',
    });
  });
});

describe('calculator model', () => {
  /** The four-mesh fixture plus a per-component CPU study, with distractors the model must skip. */
  const fixture = () => {
    const c = fourMeshContent();
    // Figures for another load or variant come first: the model must take the default ones.
    raw(c.benchmarks![0]!).results.unshift(
      { mesh: 'istio-ambient', metric: 'memory_per_node_mb', value: 999, unit: 'MB', scenario: 'idle' },
      { mesh: 'no-mesh', metric: 'latency_p50_ms', value: 0.5, unit: 'ms', scenario: 'idle' },
      { mesh: 'linkerd', metric: 'memory_per_pod_mb', value: 5, unit: 'MB', variant: 'edge' },
    );
    c.benchmarks!.push(
      studyFile({
        id: 'per-component',
        title: 'Per-component CPU',
        sources: ['lab-report', 'docs-a'],
        roles: ['calculator-cpu'],
        // Only described variants count: "sidecar (tuned)" has no traversals, so it is left out.
        variants: { sidecar: { traversalsPerHop: 2 }, 'ztunnel (L4)': { traversalsPerHop: 2 }, 'waypoint (L7)': { traversalsPerHop: 1 } },
        results: [
          { mesh: 'istio-sidecar', variant: 'sidecar (tuned)', metric: 'cpu_vcpu_per_1000_rps', value: 0.15, unit: 'vCPU' },
          { mesh: 'istio-sidecar', variant: 'sidecar', metric: 'memory_mb_per_1000_rps', value: 12, unit: 'MB' },
          { mesh: 'istio-sidecar', variant: 'sidecar', metric: 'cpu_vcpu_per_1000_rps', value: 0.2, unit: 'vCPU' },
          { mesh: 'istio-ambient', variant: 'ztunnel (L4)', metric: 'cpu_vcpu_per_1000_rps', value: 0.06, unit: 'vCPU' },
          { mesh: 'istio-ambient', variant: 'waypoint (L7)', metric: 'cpu_vcpu_per_1000_rps', value: 0.25, unit: 'vCPU' },
        ],
      }),
    );
    return c;
  };

  it('takes per-pod and per-node memory with their ranges, and latency added over no mesh, from the memory study', () => {
    const model = calculatorModel(atlasFrom(fixture()))!;
    expect(model.study).toStrictEqual({
      id: 'seed-3-node-latency', title: 'Three-node latency and memory', publisher: 'A blog', sourceUrl: 'https://example.org/a', sourceTitle: 'Docs A',
      projects: ['Istio', 'Cilium', 'Linkerd'],
    });
    expect(model.meshes).toStrictEqual([
      { mesh: 'no-mesh', name: 'No mesh', perPodMb: null, perNodeMb: null, addedP50Ms: 0, addedP99Ms: 0 },
      { mesh: 'istio-sidecar', name: 'Istio sidecar', perPodMb: { value: 70, min: 50, max: 100, approximate: true }, perNodeMb: null, addedP50Ms: 2.6, addedP99Ms: 7.8 },
      { mesh: 'istio-ambient', name: 'Istio ambient', perPodMb: figure(0), perNodeMb: { value: 50, min: 50, max: 50, approximate: true }, addedP50Ms: 0.9, addedP99Ms: 2.3 },
      { mesh: 'cilium', name: 'Cilium', perPodMb: null, perNodeMb: null, addedP50Ms: 0.2, addedP99Ms: 0.6 },
      { mesh: 'linkerd', name: 'Linkerd', perPodMb: figure(20), perNodeMb: null, addedP50Ms: 0.8, addedP99Ms: 1 },
    ]);
  });

  it('takes CPU per 1,000 rps of the Istio components, with how often a hop passes each', () => {
    const model = calculatorModel(atlasFrom(fixture()))!;
    expect(model.cpuStudy).toStrictEqual({ id: 'per-component', title: 'Per-component CPU', publisher: 'Lab A', sourceUrl: 'https://example.org/lab', sourceTitle: 'Lab report', projects: ['Istio'] });
    expect(model.cpu).toStrictEqual([
      { mesh: 'istio-sidecar', label: 'sidecar', vcpuPer1000Rps: 0.2, traversalsPerHop: 2 },
      { mesh: 'istio-ambient', label: 'ztunnel (L4)', vcpuPer1000Rps: 0.06, traversalsPerHop: 2 },
      { mesh: 'istio-ambient', label: 'waypoint (L7)', vcpuPer1000Rps: 0.25, traversalsPerHop: 1 },
    ]);
  });

  it('gives added latency to a thousandth', () => {
    const c = fixture();
    const linkerdP50 = raw(c.benchmarks![0]!).results.find((r: { mesh: string; metric: string; variant?: string }) => r.mesh === 'linkerd' && r.metric === 'latency_p50_ms');
    linkerdP50.value = 2.1254; // 2.1254 − 1.2 = 0.9254 (0.9253999999999998 in floating point)
    expect(calculatorModel(atlasFrom(c))!.meshes.at(-1)!.addedP50Ms).toBe(0.925);
  });

  it('has no CPU part without a study in the CPU role, and no model without one in the memory role', () => {
    const withoutCpu = fixture();
    raw(withoutCpu.benchmarks!.at(-1)!).roles = [];
    const model = calculatorModel(atlasFrom(withoutCpu))!;
    expect(model.cpuStudy).toBeNull();
    expect(model.cpu).toStrictEqual([]);
    expect(model.meshes).toHaveLength(5);
    const withoutMemory = fixture();
    raw(withoutMemory.benchmarks![0]!).roles = ['chooser-evidence'];
    expect(calculatorModel(atlasFrom(withoutMemory))).toBeNull();
  });

  it('takes CPU figures only for variants the CPU study describes', () => {
    const c = fixture();
    raw(c.benchmarks!.at(-1)!).variants = { 'waypoint (L7)': { traversalsPerHop: 3 } };
    expect(calculatorModel(atlasFrom(c))!.cpu).toStrictEqual([{ mesh: 'istio-ambient', label: 'waypoint (L7)', vcpuPer1000Rps: 0.25, traversalsPerHop: 3 }]);
  });

  it('lists only the meshes the study measured, and adds no latency without a baseline figure', () => {
    const c = fixture();
    const seed = raw(c.benchmarks![0]!);
    seed.results = seed.results.filter((r: { mesh: string; metric: string }) => r.mesh !== 'cilium' && !(r.mesh === 'no-mesh' && r.metric === 'latency_p99_ms'));
    const model = calculatorModel(atlasFrom(c))!;
    expect(model.meshes.map((m) => [m.mesh, m.addedP50Ms, m.addedP99Ms])).toStrictEqual([
      ['no-mesh', 0, null], ['istio-sidecar', 2.6, null], ['istio-ambient', 0.9, null], ['linkerd', 0.8, null],
    ]);
    const linkerdP99 = (r: { mesh: string; metric: string }) => r.mesh === 'linkerd' && r.metric === 'latency_p99_ms';
    const withBaseline = fixture();
    raw(withBaseline.benchmarks![0]!).results = raw(withBaseline.benchmarks![0]!).results.filter((r: { mesh: string; metric: string }) => !linkerdP99(r));
    expect(calculatorModel(atlasFrom(withBaseline))!.meshes.at(-1)).toStrictEqual({
      mesh: 'linkerd', name: 'Linkerd', perPodMb: figure(20), perNodeMb: null, addedP50Ms: 0.8, addedP99Ms: null,
    });
    c.meshes = c.meshes!.filter((m) => raw(m).baseline !== true);
    const noBaseline = calculatorModel(atlasFrom(c))!;
    expect(noBaseline.meshes.map((m) => [m.mesh, m.addedP50Ms, m.addedP99Ms])).toStrictEqual([
      ['istio-sidecar', null, null], ['istio-ambient', null, null], ['linkerd', null, null],
    ]);
  });
});
