/**
 * The chooser: requirements and constraints in, meshes ranked with the reasons that decided (each a
 * link to the matrix cell, study or guide it rests on), meshes excluded with why, and whether to
 * consider no mesh at all. Pure; the answers live in the URL.
 *
 * Nothing here names a mesh, feature, study or guide: the constraint questions come from features
 * with a `chooser` block, the projects a team may already run from the mesh files, eBPF operations
 * from each mesh's data-plane kind, and the evidence from the study and guides holding its roles.
 */
import type { AtlasData, MeshEntry } from '../atlas/types';
import { comparedMeshes, guideWithRole, projectsOf, sortedMeshes, studyWithRole, featuresInMatrixOrder } from '../atlas/queries';
import { EBPF_DATA_PLANES, type MetricId, type Requirement, type SupportLevel } from '../schemas/vocab';
import { urls, type ChooserAnswers } from './urls';

type Cells = Record<string, { level: SupportLevel; requires: Requirement[] }>;

export interface ChooserMesh {
  id: string;
  name: string;
  cells: Cells;
  /** The mesh's project, or null (the baseline). */
  project: string | null;
  /** Its data plane runs eBPF programs, so operating it takes kernel-level debugging. */
  ebpf: boolean;
}

export interface ChooserData {
  meshes: ChooserMesh[];
  baseline: { id: string; name: string; cells: Cells } | null;
  features: Record<string, string>;
  /** Constraint questions, from features with a `chooser` block, in matrix order. */
  constraints: { flag: string; feature: string; question: string }[];
  /** Projects a team may already run: id, name, and where to read about moving within it. */
  projects: { id: string; name: string; href: string }[];
  /** From the study holding the `chooser-evidence` role: memory per pod (MB) and p99 latency added over no mesh (ms). */
  perPodMb: Record<string, number | null>;
  addedP99Ms: Record<string, number | null>;
  /** That study and where its memory and latency figures are shown; null when no study holds the role. */
  evidence: {
    study: string;
    /** How reasons name the study: its title. */
    label: string;
    /** Conditions that shape latency which the study does not state ("load", "encryption"). */
    unstated: string[];
    memoryHref: string;
    latencyHref: string;
  } | null;
  /** Guides the reasons cite (their roles), or null when no guide holds the role. */
  guides: { choosing: string | null; noMesh: string | null };
  /** The baseline's page, or null without a baseline. */
  baselineHref: string | null;
}

/** Where a study shows a metric: the first chart plotting it, else its results table. */
function metricHref(study: NonNullable<ReturnType<typeof studyWithRole>>, metric: MetricId): string {
  const chart = study.data.charts.find((c) => c.metrics.includes(metric));
  return chart ? urls.studyChart(study.id, chart.id) : `${urls.study(study.id)}#${metric}`;
}

export function chooserData(atlas: AtlasData): ChooserData {
  const cellsOf = (mesh: MeshEntry): Cells =>
    Object.fromEntries(Object.entries(mesh.data.support).map(([id, c]) => [id, { level: c.level, requires: c.requires }]));
  const study = studyWithRole(atlas, 'chooser-evidence');
  const value = (mesh: string, metric: string) => study?.data.results.find((r) => r.mesh.id === mesh && r.metric === metric && r.variant === 'default')?.value ?? null;
  const base = sortedMeshes(atlas).find((m) => m.data.baseline);
  const baseP99 = base ? value(base.id, 'latency_p99_ms') : null;
  const meshes = comparedMeshes(atlas);
  const features = featuresInMatrixOrder(atlas);
  const guide = (role: 'choosing' | 'no-mesh') => {
    const entry = guideWithRole(atlas, role);
    return entry ? urls.guide(entry.id) : null;
  };
  return {
    meshes: meshes.map((m) => ({ id: m.id, name: m.data.shortName, cells: cellsOf(m), project: m.data.project ?? null, ebpf: EBPF_DATA_PLANES.has(m.data.architecture.dataPlane) })),
    baseline: base ? { id: base.id, name: base.data.shortName, cells: cellsOf(base) } : null,
    features: Object.fromEntries(features.map((f) => [f.id, f.data.name])),
    constraints: features.flatMap((f) => (f.data.chooser ? [{ flag: f.data.chooser.flag, feature: f.id, question: f.data.chooser.question }] : [])),
    projects: projectsOf(atlas).map((project) => {
      const [first, second] = project.meshes;
      return { id: project.id, name: project.name, href: second ? urls.pair(first!, second) : urls.mesh(first!) };
    }),
    perPodMb: Object.fromEntries(meshes.map((m) => [m.id, value(m.id, 'memory_per_pod_mb')])),
    addedP99Ms: Object.fromEntries(
      meshes.map((m) => {
        const p99 = value(m.id, 'latency_p99_ms');
        return [m.id, p99 === null || baseP99 === null ? null : Math.round((p99 - baseP99) * 100) / 100];
      }),
    ),
    evidence: study
      ? {
          study: study.id,
          label: study.data.title,
          unstated: [
            ...(study.data.conditions.requestRate === null ? ['load'] : []),
            ...(study.data.conditions.encryption === null ? ['encryption'] : []),
          ],
          memoryHref: metricHref(study, 'memory_per_pod_mb'),
          latencyHref: metricHref(study, 'latency_p99_ms'),
        }
      : null,
    guides: { choosing: guide('choosing'), noMesh: guide('no-mesh') },
    baselineHref: base ? urls.mesh(base.id) : null,
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

/** The features the answers require: the ticked ones plus those the ticked constraints stand for. */
export function requiredFeatures(data: Pick<ChooserData, 'constraints'>, answers: ChooserAnswers): string[] {
  const implied = data.constraints.filter((c) => answers.constraints.includes(c.flag)).map((c) => c.feature);
  return [...new Set([...answers.need, ...implied])];
}

export function recommend(data: ChooserData, answers: ChooserAnswers): Recommendation {
  const need = requiredFeatures(data, answers).filter((f) => f in data.features);
  const cellHref = urls.matrixCell;
  const runs = data.projects.find((p) => p.id === answers.runs);
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
    if (mesh.ebpf && answers.ebpf !== null) {
      const href = data.guides.choosing ?? urls.mesh(mesh.id);
      reasons.push(
        answers.ebpf
          ? { text: `Your team knows eBPF, which ${mesh.name} operations rely on`, href, weight: 1 }
          : { text: `${mesh.name} problems are debugged at kernel level; without eBPF experience that is harder`, href, weight: -2 },
      );
    }
    if (runs && mesh.project === runs.id) {
      reasons.push({ text: `You already run ${runs.name}: no migration between meshes`, href: runs.href, weight: 1 });
    }
    const evidence = data.evidence;
    if (evidence && answers.memory && data.perPodMb[mesh.id] !== null && data.perPodMb[mesh.id] !== undefined) {
      const mb = data.perPodMb[mesh.id]!;
      reasons.push({
        text: mb === 0 ? `No proxy per pod, so no memory per pod (${evidence.label})` : `About ${mb} MB per pod (${evidence.label})`,
        href: evidence.memoryHref,
        weight: mb === 0 ? 1 : mb >= 50 ? -2 : -1,
      });
    }
    if (evidence && answers.latency && data.addedP99Ms[mesh.id] !== null && data.addedP99Ms[mesh.id] !== undefined) {
      const added = data.addedP99Ms[mesh.id]!;
      reasons.push({
        text: `Adds ${added} ms at p99 (${evidence.label}${evidence.unstated.length ? `; its ${evidence.unstated.join(' and ')} settings are not stated` : ''})`,
        href: evidence.latencyHref,
        weight: added <= 1 ? 1 : added > 5 ? -1 : 0,
      });
    }
    if (blockers.length) excluded.push({ mesh: mesh.id, name: mesh.name, reasons: blockers });
    else ranked.push({ mesh: mesh.id, name: mesh.name, score: reasons.reduce((n, r) => n + r.weight, 0), reasons });
  }
  // Best score first; the sort is stable, so ties keep the meshes' display order.
  ranked.sort((a, b) => b.score - a.score);

  // No mesh: small estates whose requirements plain Kubernetes (with add-ons) already meets.
  const covered = (level: SupportLevel | undefined) => level === 'full' || level === 'partial';
  const meshOnly = data.baseline ? need.filter((f) => !covered(data.baseline!.cells[f]?.level)) : need;
  const small = answers.services !== null && answers.services < 20;
  const noMesh: Recommendation['noMesh'] = { suggested: false, reasons: [] };
  const baselineHref = data.baselineHref ?? data.guides.noMesh ?? urls.home();
  if (small && meshOnly.length === 0) {
    noMesh.suggested = true;
    noMesh.reasons.push({ text: `${answers.services} services is below the ~20 at which the decision guides start to recommend a mesh`, href: data.guides.noMesh ?? baselineHref, weight: 0 });
    if (need.length) noMesh.reasons.push({ text: 'Plain Kubernetes (with add-ons) covers every feature you ticked', href: baselineHref, weight: 0 });
  } else if (small) {
    noMesh.reasons.push({
      text: `Small enough to skip a mesh, but you need ${meshOnly.map((f) => data.features[f]).join(', ')}, which plain Kubernetes does not provide`,
      href: data.baseline ? cellHref(meshOnly[0]!, data.baseline.id) : baselineHref,
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
