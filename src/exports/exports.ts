/**
 * Public data API v1 (`/data/features.json`, `/data/benchmarks.json`). These shapes are a contract
 * with users: fields may be added, never renamed or removed. Absent optional values are `null`, so
 * every object of a kind has the same keys.
 */
import type { AtlasData } from '../atlas/types';
import { byStudyDate, comparedMeshes, dataReviewedDate, featuresByCategory, projectsOf, sortedMeshes, sourceById } from '../atlas/queries';
import { cellFreshness, STALE_AFTER_DAYS } from '../atlas/freshness';
import { lastChanged } from '../domain/history';
import { releaseStatus } from '../domain/lifecycle';
import { allChanges } from '../atlas/history';
import { urls } from '../domain/urls';
import type { HistoryEntryData, SupportCellData } from '../schemas';

export const API_VERSION = 1;

/** Every source id a cell cites, in its sources and its history. */
const cellSourceIds = (cell: SupportCellData) => [...cell.sources, ...cell.history.flatMap((h) => h.sources), ...cell.disputes.map((d) => d.source)].map((r) => r.id);

/** A history entry as exported: absent values are null, sources are URLs. */
export const historyExport = (entry: HistoryEntryData, urlOf: (id: string) => string) => ({
  date: entry.date ?? null,
  kind: entry.kind,
  field: entry.field,
  from: entry.from ?? null,
  to: entry.to ?? null,
  version: entry.version ?? null,
  reason: entry.reason,
  sources: entry.sources.map((r) => urlOf(r.id)),
});

/**
 * `/data/features.json`. `today` is the build date: staleness (`stale`, `stalePolicy.asOf`) depends
 * on it, and is the only part of the export that does (the committed snapshot leaves it out).
 */
export function buildFeaturesExport(atlas: AtlasData, today: string) {
  const meshes = sortedMeshes(atlas);
  const urlOf = (id: string) => sourceById(atlas, id).data.url;
  return {
    version: API_VERSION,
    reviewed: dataReviewedDate(atlas) ?? null,
    stalePolicy: { asOf: today, maxAgeDays: STALE_AFTER_DAYS },
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
    sources: [...new Set(meshes.flatMap((m) => Object.values(m.data.support).flatMap(cellSourceIds)))]
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
                verified: cell.verified ?? null,
                verifiedAgainst: cell.verifiedAgainst ?? null,
                lastChanged: lastChanged(cell.history),
                stale: cellFreshness(cell, mesh.data.versionReviewed, today).stale,
                history: cell.history.map((h) => historyExport(h, urlOf)),
                disputes: cell.disputes.map((d) => ({ claim: d.claim, level: d.level ?? null, source: urlOf(d.source.id), resolution: d.resolution })),
                derivedFrom: cell.derivedFrom
                  ? { report: urlOf(cell.derivedFrom.source), profile: cell.derivedFrom.profile, version: cell.derivedFrom.version }
                  : null,
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

/** `/data/changes.json`: every recorded change to a cell, newest first, with its cell's page. */
export function buildChangesExport(atlas: AtlasData) {
  const urlOf = (id: string) => sourceById(atlas, id).data.url;
  return {
    version: API_VERSION,
    changes: allChanges(atlas).map(({ id, mesh, feature, entry }) => ({
      id,
      mesh: mesh.id,
      feature: feature.id,
      ...historyExport(entry, urlOf),
      page: urls.featureCell(feature.id, mesh.id),
    })),
  };
}

/**
 * `/data/lifecycle.json`: per project, release cadence, support policy, release lines with their
 * support status on `today` (the build date), upgrade model, distributions, licence and governance.
 */
export function buildLifecycleExport(atlas: AtlasData, today: string) {
  const urlOf = (id: string) => sourceById(atlas, id).data.url;
  const fact = (f: { text: string; sources: { id: string }[]; verified: string }) => ({ text: f.text, sources: f.sources.map((r) => urlOf(r.id)), verified: f.verified });
  const byProject = new Map(atlas.lifecycle.map((l) => [l.data.project, l.data]));
  return {
    version: API_VERSION,
    asOf: today,
    projects: projectsOf(atlas).flatMap((project) => {
      const data = byProject.get(project.id);
      if (!data) return [];
      return [
        {
          project: project.id,
          projectName: project.name,
          meshes: project.meshes,
          cadence: fact(data.cadence),
          supportPolicy: fact(data.supportPolicy),
          releases: data.releases.map((r) => ({
            version: r.version,
            channel: r.channel,
            released: r.released ?? null,
            endOfSupport: r.endOfSupport ?? null,
            endedBy: r.endedBy ?? null,
            endOfSupportNote: r.endOfSupportNote ?? null,
            status: releaseStatus(r, today),
            kubernetes: r.kubernetes ?? null,
            note: r.note ?? null,
            sources: r.sources.map((ref) => urlOf(ref.id)),
            verified: r.verified,
          })),
          upgrade: fact(data.upgrade),
          distributions: data.distributions.map((d) => ({ name: d.name, by: d.by, kind: d.kind, support: d.support, sources: d.sources.map((r) => urlOf(r.id)), verified: d.verified })),
          licence: { spdx: data.licence.spdx, sources: data.licence.sources.map((r) => urlOf(r.id)), verified: data.licence.verified },
          governance: fact(data.governance),
        },
      ];
    }),
  };
}
