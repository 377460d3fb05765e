/** A pair page: where two meshes differ (with reasons), architecture side by side, shared studies, where they agree. */
import { cellFreshness, staleReasonText } from '../atlas/freshness';
import { restrictChartSpec, studyChartSpecs, variantLabel } from '../charts/charts';
import { baselineMeshes, sortedMeshes, sourceIdsOfMesh, type MeshEntry } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { comparePairs, summarizeDifferences } from '../domain/compare';
import { formatValue, signedUnit } from '../domain/format';
import { sharedStudyRows } from '../domain/studyComparison';
import { defaultMatrixState, urls } from '../domain/urls';
import { CATEGORIES, type Unit } from '../schemas/vocab';
import { matrixOptions, pairSupport } from './shared';

export interface ComparePairProps {
  a: MeshEntry;
  b: MeshEntry;
}

/** One page per unordered pair of meshes, the baseline included, at its canonical slug. */
export function comparePairPaths(atlas: AtlasData): { params: { pair: string }; props: ComparePairProps }[] {
  const meshes = new Map(sortedMeshes(atlas).map((m) => [m.id, m]));
  return comparePairs([...meshes.keys()]).map(({ a, b, slug }) => ({ params: { pair: slug }, props: { a: meshes.get(a)!, b: meshes.get(b)! } }));
}

/** `today` is the build date, on which each cell's staleness is judged. */
export function comparePairView(atlas: AtlasData, a: MeshEntry, b: MeshEntry, today: string) {
  const { differing, same } = pairSupport(atlas, a, b);
  const summary = summarizeDifferences([...differing, ...same]);
  const studies = sharedStudyRows(atlas, a.id, b.id);
  const keep = [a.id, b.id, ...baselineMeshes(atlas).map((m) => m.id)];
  const A = a.data.shortName;
  const B = b.data.shortName;
  const highlights = differing.slice(0, 3).map((d) => d.feature.data.name).join(', ');
  const options = matrixOptions(atlas);
  return {
    A,
    B,
    names: [a.data.name, b.data.name] as const,
    search: { type: 'comparison' as const, meshes: [A, B] },
    title: `${A} vs ${B}: where they differ`,
    description:
      `${A} and ${B} differ on ${summary.differ} of ${summary.total} features` +
      (highlights ? `, including ${highlights}` : '') +
      `. Architecture side by side${studies.length ? `, ${studies.length} ${studies.length === 1 ? 'study' : 'studies'} that measured both` : ''}, every claim sourced.`,
    image: urls.ogPair(a.id, b.id),
    imageAlt: `${A} vs ${B}: the features where they differ most`,
    summary,
    links: {
      compare: urls.compare(),
      /** The matrix with only these two columns and only the rows where they differ. */
      matrix: urls.featuresView({ ...defaultMatrixState(options), meshes: [a.id, b.id], diff: true }, options),
      profiles: [
        { href: urls.mesh(a.id), label: `${a.data.name} profile` },
        { href: urls.mesh(b.id), label: `${b.data.name} profile` },
      ],
    },
    differing: differing.map(({ feature, cells }) => ({
      id: feature.id,
      href: urls.feature(feature.id),
      name: feature.data.name,
      category: CATEGORIES[feature.data.category],
      cells,
      /** Why each side's cell is stale, in words; empty when it is not. */
      stale: [a, b].map((mesh, i) => cellFreshness(cells[i]!, mesh.data.versionReviewed, today).reasons.map(staleReasonText)),
    })),
    sides: [
      ['Data plane', a.data.architecture.proxy, b.data.architecture.proxy],
      ['Layer 4', a.data.architecture.l4, b.data.architecture.l4],
      ['Layer 7', a.data.architecture.l7, b.data.architecture.l7],
      ['Control plane', a.data.architecture.controlPlane, b.data.architecture.controlPlane],
      ['Identity', a.data.architecture.identity, b.data.architecture.identity],
      ['Encryption', a.data.architecture.encryption, b.data.architecture.encryption],
      ['Cost per pod', a.data.resourceModel.perPod, b.data.resourceModel.perPod],
      ['Cost per node', a.data.resourceModel.perNode, b.data.resourceModel.perNode],
      ['Shared cost', a.data.resourceModel.shared, b.data.resourceModel.shared],
    ] as const,
    sideSources: [
      [...a.data.architecture.sources, ...a.data.resourceModel.sources],
      [...b.data.architecture.sources, ...b.data.resourceModel.sources],
    ] as const,
    studies: studies.map(({ study, rows }) => ({
      study,
      /** The study's charts that show both, cut down to the two and the baseline. */
      charts: studyChartSpecs(atlas, study)
        .filter((spec) => spec.meshes.includes(a.id) && spec.meshes.includes(b.id))
        .map((spec) => restrictChartSpec(spec, keep)),
      rows: rows.map((row) => ({
        label: row.label,
        load: row.scenario === 'default' ? '—' : row.scenario,
        /** Per side, each value with its variant ("tuned") when it is not the default one. */
        sides: [row.first, row.second].map((values, side) =>
          values.map((r) => ({
            value: formatValue(r.value, r.unit as Unit, { approximate: r.approximate, signed: signedUnit(r.unit as Unit) }),
            variant: variantLabel(side === 0 ? A : B, r.variant),
          })),
        ),
      })),
    })),
    same: same.map(({ feature, cells }) => ({ id: feature.id, href: urls.feature(feature.id), name: feature.data.name, level: cells[0]!.level })),
    sourceIds: [...new Set([...sourceIdsOfMesh(a), ...sourceIdsOfMesh(b)])].map((id) => ({ id })),
  };
}
