/**
 * The overhead calculator: memory a mesh adds at your scale and latency it adds along a call chain,
 * from per-pod, per-node and per-hop figures a study published. Pure arithmetic; the page shows the
 * formula and the sources beside the result.
 *
 *   memory  = pods × memory per pod + nodes × memory per node      (a range where the source gives one)
 *   latency = hops × (mesh latency − no-mesh latency), at p50 and p99
 *   CPU     = requests/s ÷ 1000 × proxy traversals per hop × hops × vCPU per 1,000 requests/s
 */
import type { AtlasData } from '../atlas/types';
import { sortedMeshes, sourceById, studyWithRole } from '../atlas/queries';
import type { CalculatorInputs } from './urls';

export interface Figure {
  value: number;
  min: number;
  max: number;
  approximate: boolean;
}

export interface OverheadModel {
  mesh: string;
  name: string;
  perPodMb: Figure | null;
  perNodeMb: Figure | null;
  addedP50Ms: number | null;
  addedP99Ms: number | null;
}

export interface CpuModel {
  mesh: string;
  label: string;
  vcpuPer1000Rps: number;
  /** How many times one hop's request passes through this proxy (two sidecars, two ztunnels, one waypoint). */
  traversalsPerHop: number;
}

export interface StudySummary {
  id: string;
  title: string;
  publisher: string;
  sourceUrl: string;
  sourceTitle: string;
  /** Names of the projects whose meshes it measured, in display order (the CPU figures' scope). */
  projects: string[];
}

export interface CalculatorModel {
  study: StudySummary;
  meshes: OverheadModel[];
  cpuStudy: StudySummary | null;
  cpu: CpuModel[];
}

/**
 * Builds the calculator's figures from the studies holding its roles (`calculator-memory`,
 * `calculator-cpu`); null when no study holds the memory role. CPU figures are the results of
 * variants the CPU study describes with `traversalsPerHop`.
 */
export function calculatorModel(atlas: AtlasData): CalculatorModel | null {
  const study = studyWithRole(atlas, 'calculator-memory');
  if (!study) return null;
  const find = (mesh: string, metric: string) =>
    study.data.results.find((r) => r.mesh.id === mesh && r.metric === metric && r.variant === 'default' && r.scenario === 'default');
  const figure = (mesh: string, metric: string): Figure | null => {
    const r = find(mesh, metric);
    return r ? { value: r.value, min: r.range?.min ?? r.value, max: r.range?.max ?? r.value, approximate: r.approximate } : null;
  };
  const baseline = sortedMeshes(atlas).find((m) => m.data.baseline)?.id;
  const added = (mesh: string, metric: string) => {
    const value = find(mesh, metric)?.value;
    const base = baseline ? find(baseline, metric)?.value : undefined;
    return value === undefined || base === undefined ? null : Math.round((value - base) * 1000) / 1000;
  };
  const describe = (s: NonNullable<typeof study>): StudySummary => {
    const source = sourceById(atlas, s.data.sources[0]!.id).data;
    const measuredBy = new Set(s.data.results.map((r) => r.mesh.id));
    const projects = [...new Set(sortedMeshes(atlas).filter((m) => measuredBy.has(m.id) && m.data.projectName).map((m) => m.data.projectName!))];
    return { id: s.id, title: s.data.title, publisher: s.data.publisher, sourceUrl: source.url, sourceTitle: source.title, projects };
  };
  const measured = new Set(study.data.results.map((r) => r.mesh.id));
  const cpuStudy = studyWithRole(atlas, 'calculator-cpu');
  const traversals = cpuStudy ? cpuStudy.data.variants : {};
  return {
    study: describe(study),
    meshes: sortedMeshes(atlas)
      .filter((m) => measured.has(m.id))
      .map((m) => ({
        mesh: m.id,
        name: m.data.shortName,
        perPodMb: figure(m.id, 'memory_per_pod_mb'),
        perNodeMb: figure(m.id, 'memory_per_node_mb'),
        addedP50Ms: added(m.id, 'latency_p50_ms'),
        addedP99Ms: added(m.id, 'latency_p99_ms'),
      })),
    cpuStudy: cpuStudy ? describe(cpuStudy) : null,
    cpu: cpuStudy
      ? cpuStudy.data.results
          .filter((r) => r.metric === 'cpu_vcpu_per_1000_rps' && traversals[r.variant] !== undefined)
          .map((r) => ({
            mesh: r.mesh.id,
            label: r.variant,
            vcpuPer1000Rps: r.value,
            traversalsPerHop: traversals[r.variant]!.traversalsPerHop,
          }))
      : [],
  };
}

export interface OverheadEstimate {
  mesh: string;
  memoryMb: { value: number; min: number; max: number } | null;
  latencyP50Ms: number | null;
  latencyP99Ms: number | null;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function estimateOverhead(inputs: CalculatorInputs, model: OverheadModel): OverheadEstimate {
  const memory =
    model.perPodMb && model.perNodeMb
      ? {
          value: round(inputs.pods * model.perPodMb.value + inputs.nodes * model.perNodeMb.value),
          min: round(inputs.pods * model.perPodMb.min + inputs.nodes * model.perNodeMb.min),
          max: round(inputs.pods * model.perPodMb.max + inputs.nodes * model.perNodeMb.max),
        }
      : null;
  return {
    mesh: model.mesh,
    memoryMb: memory,
    latencyP50Ms: model.addedP50Ms === null ? null : round(inputs.hops * model.addedP50Ms),
    latencyP99Ms: model.addedP99Ms === null ? null : round(inputs.hops * model.addedP99Ms),
  };
}

export function estimateCpu(inputs: CalculatorInputs, model: CpuModel): number {
  return round((inputs.rps / 1000) * model.traversalsPerHop * inputs.hops * model.vcpuPer1000Rps);
}

/** Memory for reading: MB below 1,000 MB, else GB (1 GB = 1,000 MB, as the sources count). */
export function formatMemory(mb: number): string {
  if (mb < 1000) return `${mb.toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
  return `${(mb / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })} GB`;
}
