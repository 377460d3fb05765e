/**
 * The chooser: requirements and constraints in, meshes ranked with the reasons that decided (each a
 * link to the matrix cell, study or guide it rests on), meshes excluded with why, and whether to
 * consider no mesh at all. Pure; the answers live in the URL.
 */
import type { AtlasData } from '../atlas/types';
import { comparedMeshes, featuresByCategory, sortedMeshes } from '../atlas/queries';
import type { Requirement, SupportLevel } from '../schemas/vocab';

export interface ChooserAnswers {
  need: string[];
  services: number | null;
  pods: number | null;
  nodes: number | null;
  fips: boolean;
  windows: boolean;
  vms: boolean;
  /** Does the team have eBPF / kernel experience? null: not answered. */
  ebpf: boolean | null;
  istio: boolean;
  memory: boolean;
  latency: boolean;
}

export const EMPTY_ANSWERS: ChooserAnswers = { need: [], services: null, pods: null, nodes: null, fips: false, windows: false, vms: false, ebpf: null, istio: false, memory: false, latency: false };

const FLAGS = ['fips', 'windows', 'vms', 'istio', 'memory', 'latency'] as const;
const NUMBERS = ['services', 'pods', 'nodes'] as const;

export function parseChooserAnswers(search: string, featureIds: readonly string[]): ChooserAnswers {
  const params = new URLSearchParams(search);
  const number = (key: string) => {
    const value = Number(params.get(key));
    return params.get(key) && Number.isInteger(value) && value > 0 && value <= 10_000_000 ? value : null;
  };
  const ebpf = params.get('ebpf');
  return {
    need: [...new Set((params.get('need') ?? '').split(',').filter((id) => featureIds.includes(id)))],
    services: number('services'),
    pods: number('pods'),
    nodes: number('nodes'),
    ...(Object.fromEntries(FLAGS.map((flag) => [flag, params.get(flag) === '1'])) as Record<(typeof FLAGS)[number], boolean>),
    ebpf: ebpf === 'yes' ? true : ebpf === 'no' ? false : null,
  };
}

export function serializeChooserAnswers(answers: ChooserAnswers): string {
  const params: string[] = [];
  if (answers.need.length) params.push(`need=${answers.need.join(',')}`);
  for (const key of NUMBERS) if (answers[key] !== null) params.push(`${key}=${answers[key]}`);
  for (const flag of FLAGS) if (answers[flag]) params.push(`${flag}=1`);
  if (answers.ebpf !== null) params.push(`ebpf=${answers.ebpf ? 'yes' : 'no'}`);
  return params.length ? `?${params.join('&')}` : '';
}

export interface ChooserData {
  meshes: { id: string; name: string; cells: Record<string, { level: SupportLevel; requires: Requirement[] }> }[];
  baseline: { id: string; name: string; cells: Record<string, { level: SupportLevel; requires: Requirement[] }> } | null;
  features: Record<string, string>;
  /** From the seed 3-node study: memory per pod (MB) and p99 latency added over no mesh (ms). */
  perPodMb: Record<string, number | null>;
  addedP99Ms: Record<string, number | null>;
  study: string;
}

const STUDY = 'seed-3-node-latency';

export function chooserData(atlas: AtlasData): ChooserData {
  const cellsOf = (mesh: (typeof atlas.meshes)[number]) =>
    Object.fromEntries(Object.entries(mesh.data.support).map(([id, c]) => [id, { level: c.level, requires: c.requires }]));
  const study = atlas.benchmarks.find((b) => b.id === STUDY);
  const value = (mesh: string, metric: string) => study?.data.results.find((r) => r.mesh.id === mesh && r.metric === metric && r.variant === 'default')?.value ?? null;
  const base = sortedMeshes(atlas).find((m) => m.data.baseline);
  const baseP99 = base ? value(base.id, 'latency_p99_ms') : null;
  const meshes = comparedMeshes(atlas);
  return {
    meshes: meshes.map((m) => ({ id: m.id, name: m.data.shortName, cells: cellsOf(m) })),
    baseline: base ? { id: base.id, name: base.data.shortName, cells: cellsOf(base) } : null,
    features: Object.fromEntries(featuresByCategory(atlas).flatMap((g) => g.features.map((f) => [f.id, f.data.name]))),
    perPodMb: Object.fromEntries(meshes.map((m) => [m.id, value(m.id, 'memory_per_pod_mb')])),
    addedP99Ms: Object.fromEntries(
      meshes.map((m) => {
        const p99 = value(m.id, 'latency_p99_ms');
        return [m.id, p99 === null || baseP99 === null ? null : Math.round((p99 - baseP99) * 100) / 100];
      }),
    ),
    study: STUDY,
  };
}

export interface Reason {
  text: string;
  href: string;
  /** +n helps, −n hurts; 0 is information. */
  weight: number;
}

export interface Recommendation {
  ranked: { mesh: string; name: string; score: number; reasons: Reason[] }[];
  excluded: { mesh: string; name: string; reasons: Reason[] }[];
  noMesh: { suggested: boolean; reasons: Reason[] };
}

const CONSTRAINT_FEATURES = { fips: 'fips', windows: 'windows-nodes', vms: 'vm-workloads' } as const;

/** The features the answers require: the ticked ones plus those the constraints imply. */
export function requiredFeatures(answers: ChooserAnswers): string[] {
  const implied = (Object.keys(CONSTRAINT_FEATURES) as (keyof typeof CONSTRAINT_FEATURES)[]).filter((c) => answers[c]).map((c) => CONSTRAINT_FEATURES[c]);
  return [...new Set([...answers.need, ...implied])];
}

export function recommend(data: ChooserData, answers: ChooserAnswers): Recommendation {
  const need = requiredFeatures(answers).filter((f) => f in data.features);
  const cellHref = (feature: string, mesh: string) => `/features/#${feature}-${mesh}`;
  const ranked: Recommendation['ranked'] = [];
  const excluded: Recommendation['excluded'] = [];
  for (const mesh of data.meshes) {
    const reasons: Reason[] = [];
    const blockers: Reason[] = [];
    for (const feature of need) {
      const cell = mesh.cells[feature];
      const name = data.features[feature]!;
      if (!cell) continue;
      const href = cellHref(feature, mesh.id);
      if (cell.level === 'none') blockers.push({ text: `No support for ${name}`, href, weight: 0 });
      else if (cell.level === 'full') {
        const enterprise = cell.requires.includes('enterprise');
        reasons.push({ text: `${name}: full support${enterprise ? ', in the enterprise distribution only' : cell.requires.length ? ` (requires ${cell.requires.join(', ')})` : ''}`, href, weight: enterprise ? 1 : 2 });
      } else if (cell.level === 'partial') reasons.push({ text: `${name}: partial support — read the note`, href, weight: 1 });
      else if (cell.level === 'unknown') reasons.push({ text: `${name}: not verified either way`, href, weight: 0 });
      else reasons.push({ text: `${name}: does not apply to this mesh`, href, weight: 0 });
    }
    if (mesh.id === 'cilium' && answers.ebpf !== null) {
      reasons.push(
        answers.ebpf
          ? { text: 'Your team knows eBPF, which Cilium operations rely on', href: '/guides/how-to-choose/', weight: 1 }
          : { text: 'Cilium problems are debugged at kernel level; without eBPF experience that is harder', href: '/guides/how-to-choose/', weight: -2 },
      );
    }
    if (answers.istio && mesh.id.startsWith('istio-')) {
      reasons.push({ text: 'You already run Istio: no migration between meshes', href: '/compare/istio-ambient-vs-istio-sidecar/', weight: 1 });
    }
    const studyHref = `/benchmarks/${data.study}/`;
    if (answers.memory && data.perPodMb[mesh.id] !== null && data.perPodMb[mesh.id] !== undefined) {
      const mb = data.perPodMb[mesh.id]!;
      reasons.push({
        text: mb === 0 ? 'No proxy per pod, so no memory per pod (3-node study)' : `About ${mb} MB per pod in the 3-node study`,
        href: `${studyHref}#chart-seed-3-node-memory-per-pod`,
        weight: mb === 0 ? 1 : mb >= 50 ? -2 : -1,
      });
    }
    if (answers.latency && data.addedP99Ms[mesh.id] !== null && data.addedP99Ms[mesh.id] !== undefined) {
      const added = data.addedP99Ms[mesh.id]!;
      reasons.push({
        text: `Adds ${added} ms at p99 in the 3-node study (its load and encryption settings are not stated)`,
        href: `${studyHref}#chart-seed-3-node-latency`,
        weight: added <= 1 ? 1 : added > 5 ? -1 : 0,
      });
    }
    if (blockers.length) excluded.push({ mesh: mesh.id, name: mesh.name, reasons: blockers });
    else ranked.push({ mesh: mesh.id, name: mesh.name, score: reasons.reduce((n, r) => n + r.weight, 0), reasons });
  }
  const order = data.meshes.map((m) => m.id);
  ranked.sort((a, b) => b.score - a.score || order.indexOf(a.mesh) - order.indexOf(b.mesh));

  // No mesh: small estates whose requirements plain Kubernetes (with add-ons) already meets.
  const meshOnly = data.baseline ? need.filter((f) => !['full', 'partial'].includes(data.baseline!.cells[f]?.level ?? 'none')) : need;
  const small = answers.services !== null && answers.services < 20;
  const noMesh: Recommendation['noMesh'] = { suggested: false, reasons: [] };
  if (small && meshOnly.length === 0) {
    noMesh.suggested = true;
    noMesh.reasons.push({ text: `${answers.services} services is below the ~20 at which the decision guides start to recommend a mesh`, href: '/guides/when-not-to-use-a-mesh/', weight: 0 });
    if (need.length) noMesh.reasons.push({ text: 'Plain Kubernetes (with add-ons) covers every feature you ticked', href: '/meshes/no-mesh/', weight: 0 });
  } else if (small) {
    noMesh.reasons.push({
      text: `Small enough to skip a mesh, but you need ${meshOnly.map((f) => data.features[f]).join(', ')}, which plain Kubernetes does not provide`,
      href: data.baseline ? cellHref(meshOnly[0]!, data.baseline.id) : '/meshes/no-mesh/',
      weight: 0,
    });
  }
  return { ranked, excluded, noMesh };
}

/**
 * The result in one sentence, for the line above the questions (read out by screen readers when the
 * answers change): how many meshes are recommended and which comes first, how many are excluded.
 */
export function summarizeRecommendation(result: Recommendation): string {
  const parts = [
    result.ranked.length
      ? `${result.ranked.length} recommended, best first ${result.ranked[0]!.name}`
      : 'No mesh has some support for everything you require',
  ];
  if (result.excluded.length) parts.push(`${result.excluded.length} excluded (${result.excluded.map((e) => e.name).join(', ')})`);
  if (result.noMesh.suggested) parts.push('consider running no mesh at all');
  return `${parts.join('; ')}.`;
}
