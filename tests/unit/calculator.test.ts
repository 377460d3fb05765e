import { describe, expect, it } from 'vitest';
import {
  CALCULATOR_DEFAULTS,
  calculatorModel,
  estimateCpu,
  estimateOverhead,
  formatMemory,
  parseCalculatorInputs,
  serializeCalculatorInputs,
  type OverheadModel,
} from '../../src/lib/calculator';
import { loadContent } from '../../src/lib/contentFiles';

const sidecar: OverheadModel = {
  mesh: 'istio-sidecar',
  name: 'Istio sidecar',
  perPodMb: { value: 70, min: 50, max: 100, approximate: true },
  perNodeMb: { value: 0, min: 0, max: 0, approximate: false },
  addedP50Ms: 2.6,
  addedP99Ms: 7.8,
};

describe('calculator arithmetic', () => {
  it('reproduces the seed article: 1,000 pods × 70 MB sidecars = 70 GB', () => {
    const estimate = estimateOverhead({ ...CALCULATOR_DEFAULTS, pods: 1000, nodes: 10 }, sidecar);
    expect(estimate.memoryMb).toEqual({ value: 70_000, min: 50_000, max: 100_000 });
    expect(formatMemory(estimate.memoryMb!.value)).toBe('70 GB');
  });

  it('adds per-node memory and multiplies added latency by hops', () => {
    const ztunnel: OverheadModel = { ...sidecar, perPodMb: { value: 0, min: 0, max: 0, approximate: false }, perNodeMb: { value: 50, min: 50, max: 50, approximate: true }, addedP50Ms: 0.9, addedP99Ms: 2.3 };
    const estimate = estimateOverhead({ pods: 1000, nodes: 10, hops: 3, rps: 1 }, ztunnel);
    expect(estimate.memoryMb!.value).toBe(500);
    expect(estimate.latencyP50Ms).toBe(2.7);
    expect(estimate.latencyP99Ms).toBe(6.9);
  });

  it('says nothing where a figure is missing rather than guessing', () => {
    const unknown = estimateOverhead(CALCULATOR_DEFAULTS, { ...sidecar, perNodeMb: null, addedP99Ms: null });
    expect(unknown.memoryMb).toBeNull();
    expect(unknown.latencyP99Ms).toBeNull();
  });

  it('estimates proxy CPU from the per-1,000-rps figures and traversals per hop', () => {
    expect(estimateCpu({ pods: 1, nodes: 1, hops: 3, rps: 5000 }, { mesh: 'istio-sidecar', label: 'sidecar', vcpuPer1000Rps: 0.2, traversalsPerHop: 2 })).toBe(6);
  });

  it('formats memory in MB below a GB', () => {
    expect(formatMemory(512)).toBe('512 MB');
    expect(formatMemory(1500)).toBe('1.5 GB');
  });
});

describe('calculator URL state', () => {
  it('round-trips the inputs', () => {
    const inputs = { pods: 250, nodes: 4, hops: 5, rps: 20000 };
    expect(parseCalculatorInputs(serializeCalculatorInputs(inputs))).toEqual(inputs);
    expect(serializeCalculatorInputs(CALCULATOR_DEFAULTS)).toBe('?pods=1000&nodes=10&hops=3&rps=1000');
  });

  it('replaces missing, non-integer and out-of-range values with defaults', () => {
    expect(parseCalculatorInputs('?pods=abc&nodes=-2&hops=2.5&rps=')).toEqual(CALCULATOR_DEFAULTS);
    expect(parseCalculatorInputs('?hops=51').hops).toBe(CALCULATOR_DEFAULTS.hops);
  });
});

describe('calculator model from the real content', () => {
  const { atlas } = loadContent('content');
  const model = calculatorModel(atlas, 'seed-3-node-latency', 'istio-performance-per-component')!;

  it('has no model when the study it needs is not in the atlas', () => {
    expect(calculatorModel(atlas, 'no-such-study', 'istio-performance-per-component')).toBeNull();
  });

  it('takes per-pod memory, its range and per-hop latency from the seed study', () => {
    const istio = model.meshes.find((m) => m.mesh === 'istio-sidecar')!;
    expect(istio.perPodMb).toEqual({ value: 70, min: 50, max: 100, approximate: true });
    expect(istio.addedP50Ms).toBe(2.6); // 3.8 ms − 1.2 ms without a mesh
    expect(istio.addedP99Ms).toBe(7.8); // 12.3 ms − 4.5 ms
    expect(model.meshes.find((m) => m.mesh === 'no-mesh')!.addedP50Ms).toBe(0);
  });

  it('takes CPU per 1,000 rps for the Istio components', () => {
    expect(model.cpu.map((c) => [c.mesh, c.label, c.vcpuPer1000Rps, c.traversalsPerHop])).toEqual(
      expect.arrayContaining([
        ['istio-sidecar', 'sidecar', 0.2, 2],
        ['istio-ambient', 'ztunnel (L4)', 0.06, 2],
        ['istio-ambient', 'waypoint (L7)', 0.25, 1],
      ]),
    );
  });
});
