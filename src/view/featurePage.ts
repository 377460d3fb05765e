/** A feature's page: what it is, each mesh's cell in full, and the pair pages where it differs. */
import { cellFor, comparedMeshes, meshesBaselineLast, type FeatureEntry } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { cellSignature, comparePairs } from '../domain/compare';
import { cellAnchor, urls } from '../domain/urls';
import { CATEGORIES } from '../schemas/vocab';

export interface FeaturePageProps {
  feature: FeatureEntry;
}

export function featurePagePaths(atlas: AtlasData): { params: { feature: string }; props: FeaturePageProps }[] {
  return atlas.features.map((feature) => ({ params: { feature: feature.id }, props: { feature } }));
}

export function featurePageView(atlas: AtlasData, feature: FeatureEntry) {
  const { data } = feature;
  const meshes = meshesBaselineLast(atlas);
  const byId = new Map(meshes.map((m) => [m.id, m]));
  const name = (id: string) => byId.get(id)!.data.shortName;
  const levels = comparedMeshes(atlas)
    .map((m) => `${m.data.shortName}: ${cellFor(m, feature.id).level}`)
    .join(', ');
  return {
    // Page titles stay under 70 characters with the site name appended.
    title: data.name.length <= 40 ? `${data.name}: support by mesh` : data.name,
    description: `${data.description} ${levels} — with notes, sources and verification dates.`,
    name: data.name,
    what: data.description,
    why: data.whyItMatters,
    category: { href: urls.matrixCategory(data.category), label: CATEGORIES[data.category] },
    /** Other names, joined for one line; null when it has none. */
    aliases: data.aliases.length > 0 ? data.aliases.join(' · ') : null,
    matrixRow: urls.matrixRow(feature.id),
    rows: meshes.map((mesh) => ({
      anchor: cellAnchor(feature.id, mesh.id),
      href: urls.meshCell(feature.id, mesh.id),
      name: mesh.data.name,
      mesh,
      cell: cellFor(mesh, feature.id),
    })),
    /** Pair pages whose two meshes have different cells for this feature, linked to its row there. */
    differing: comparePairs(meshes.map((m) => m.id))
      .filter(({ a, b }) => cellSignature(cellFor(byId.get(a)!, feature.id)) !== cellSignature(cellFor(byId.get(b)!, feature.id)))
      .map(({ a, b }) => ({ href: urls.pairFeature(a, b, feature.id), label: `${name(a)} vs ${name(b)}` })),
  };
}
