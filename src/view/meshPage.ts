/** A mesh's profile: facts, architecture, trade-offs, every support cell, its benchmark results and sources. */
import { studyChartSpecs } from '../charts/charts';
import {
  cellFor,
  featuresByCategory,
  resultsByMetric,
  sortedMeshes,
  sourceById,
  sourceIdsOfMesh,
  studiesForMesh,
  supportSummary,
  type MeshEntry,
} from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import type { MeshData } from '../schemas';
import { SUPPORT_LEVELS } from '../schemas/vocab';
import { categoryAnchor, cellAnchor, urls } from '../domain/urls';
import { dated } from './shared';

export interface MeshPageProps {
  mesh: MeshEntry;
}

export function meshPagePaths(atlas: AtlasData): { params: { mesh: string }; props: MeshPageProps }[] {
  return sortedMeshes(atlas).map((mesh) => ({ params: { mesh: mesh.id }, props: { mesh } }));
}

export const CNCF_LABELS: Record<MeshData['cncf'], string> = {
  graduated: 'Graduated',
  incubating: 'Incubating',
  sandbox: 'Sandbox',
  none: 'Not a CNCF project',
  'not-applicable': 'n/a',
};

export function meshPageView(atlas: AtlasData, mesh: MeshEntry) {
  const { data } = mesh;
  const counts = supportSummary(mesh);
  const meshOrder = sortedMeshes(atlas).map((m) => m.id);
  return {
    /** The entry itself, for the cell components (edit link, version reviewed). */
    mesh,
    name: data.name,
    shortName: data.shortName,
    summary: data.summary,
    kicker: data.baseline ? 'Baseline' : 'Mesh profile',
    search: { type: 'mesh' as const, meshes: [data.shortName] },
    description: `${data.summary} Architecture, support for ${atlas.features.length} features and benchmark results, each with sources.`,
    facts: {
      project: data.project,
      maintainer: data.maintainer,
      licence: data.licence,
      cncf: CNCF_LABELS[data.cncf],
      versionReviewed: data.versionReviewed,
      reviewed: dated(data.reviewed),
      homepage: data.homepage,
    },
    architecture: {
      rows: [
        ['Data plane', data.architecture.proxy],
        ['Layer 4 (connections, mTLS)', data.architecture.l4],
        ['Layer 7 (HTTP)', data.architecture.l7],
        ['Control plane', data.architecture.controlPlane],
        ['Identity', data.architecture.identity],
        ['Encryption', data.architecture.encryption],
      ] as const,
      sources: data.architecture.sources,
    },
    resources: {
      rows: [
        ['Per pod', data.resourceModel.perPod],
        ['Per node', data.resourceModel.perNode],
        ['Shared', data.resourceModel.shared],
      ] as const,
      sources: data.resourceModel.sources,
    },
    tradeOffs: [
      { id: 'strengths', label: 'Strengths', items: data.strengths },
      { id: 'limits', label: 'Limits', items: data.limits },
    ],
    levels: SUPPORT_LEVELS.map((level) => ({ level, count: counts[level] })),
    groups: featuresByCategory(atlas).map((group) => ({
      id: categoryAnchor(group.category),
      label: group.label,
      rows: group.features.map((feature) => ({
        anchor: cellAnchor(feature.id, mesh.id),
        featureHref: urls.feature(feature.id),
        name: feature.data.name,
        cell: cellFor(mesh, feature.id),
      })),
    })),
    studies: studiesForMesh(atlas, mesh.id).map(({ study, results }) => ({
      study,
      tables: resultsByMetric({ ...study, data: { ...study.data, results } }, meshOrder).map((table) => ({ table, id: `${study.id}-${table.metric}` })),
      charts: studyChartSpecs(atlas, study).filter((spec) => spec.meshes.includes(mesh.id)),
    })),
    cited: sourceIdsOfMesh(mesh).map((id) => {
      const source = sourceById(atlas, id).data;
      return { url: source.url, title: source.title, publisher: source.publisher, date: source.date ? dated(source.date) : null, vendorOf: source.vendorOf };
    }),
  };
}
