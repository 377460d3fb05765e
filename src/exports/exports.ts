/**
 * Public data API v1 (`/data/features.json`, `/data/benchmarks.json`). These shapes are a contract
 * with users: fields may be added, never renamed or removed. Absent optional values are `null`, so
 * every object of a kind has the same keys.
 */
import type { AtlasData } from '../atlas/types';
import { byStudyDate, comparedMeshes, dataReviewedDate, featuresByCategory, sortedMeshes, sourceById } from '../atlas/queries';

export const API_VERSION = 1;

export function buildFeaturesExport(atlas: AtlasData) {
  const meshes = sortedMeshes(atlas);
  const urlOf = (id: string) => sourceById(atlas, id).data.url;
  return {
    version: API_VERSION,
    reviewed: dataReviewedDate(atlas) ?? null,
    meshes: meshes.map(({ id, data }) => ({
      id,
      name: data.name,
      shortName: data.shortName,
      project: data.project ?? null,
      projectName: data.projectName ?? null,
      baseline: data.baseline,
      versionReviewed: data.versionReviewed,
      reviewed: data.reviewed,
      dataPlane: data.architecture.dataPlane,
    })),
    compared: comparedMeshes(atlas).map((m) => m.id),
    // Every source a cell cites, so a cell's URLs can be shown with title, publisher and vendor flag.
    sources: [...new Set(meshes.flatMap((m) => Object.values(m.data.support).flatMap((c) => c.sources.map((r) => r.id))))]
      .sort()
      .map((id) => {
        const { data } = sourceById(atlas, id);
        return {
          id,
          url: data.url,
          title: data.title,
          publisher: data.publisher,
          date: data.date ?? null,
          kind: data.kind,
          vendor: data.vendorOf.length > 0,
          vendorOf: data.vendorOf,
        };
      }),
    features: featuresByCategory(atlas).flatMap((group) =>
      group.features.map(({ id, data }) => ({
        id,
        name: data.name,
        category: data.category,
        description: data.description,
        aliases: data.aliases,
        support: Object.fromEntries(
          meshes.map((mesh) => {
            const cell = mesh.data.support[id]!;
            return [
              mesh.id,
              {
                level: cell.level,
                maturity: cell.maturity ?? null,
                since: cell.since ?? null,
                removed: cell.removed ?? null,
                requires: cell.requires,
                note: cell.note,
                sources: cell.sources.map((ref) => urlOf(ref.id)),
                verified: cell.verified,
              },
            ];
          }),
        ),
      })),
    ),
  };
}

export function buildBenchmarksExport(atlas: AtlasData) {
  const urlOf = (id: string) => sourceById(atlas, id).data.url;
  return {
    version: API_VERSION,
    studies: [...atlas.benchmarks]
      .sort(byStudyDate)
      .map(({ id, data }) => ({
        id,
        title: data.title,
        publisher: data.publisher,
        vendor: data.vendorOf.length > 0,
        vendorOf: data.vendorOf,
        date: data.date,
        verified: data.verified,
        url: urlOf(data.sources[0]!.id),
        sources: data.sources.map((ref) => urlOf(ref.id)),
        versions: data.versions,
        conditions: { ...data.conditions, other: data.conditions.other ?? null },
        results: data.results.map((r) => ({
          mesh: r.mesh.id,
          variant: r.variant,
          scenario: r.scenario,
          metric: r.metric,
          value: r.value,
          unit: r.unit,
          approximate: r.approximate,
          range: r.range ?? null,
          relativeTo: r.relativeTo?.id ?? null,
        })),
        caveats: data.caveats,
      })),
  };
}
