/**
 * `/conformance/`: every stored Gateway API conformance report, grouped by project and
 * implementation, newest first — profiles with their core and extended results, the features each
 * claims and does not, what changed since that implementation's previous report, and the matrix
 * rows the newest report computes.
 */
import { featuresInMatrixOrder, projectsOf, sortedMeshes } from '../atlas/queries';
import { REPORTS_URL, reportChanges, reportSeries, reportSourceId, reportVersion, reportDay, type ReportSeries } from '../atlas/conformance';
import type { AtlasData, ConformanceEntry } from '../atlas/types';
import { LEVEL_DISPLAY } from '../atlas/levels';
import { REQUIREMENT_SHORT } from '../schemas/vocab';
import { urls } from '../domain/urls';
import { dated } from './shared';

type Counts = { result: 'success' | 'partial' | 'failure'; passed: number; skipped: number; failed: number };
/** A profile's core or extended result with its test counts (0 where the report gives none). */
const counts = (r: { result: Counts['result']; statistics?: { Passed: number; Skipped: number; Failed: number } | undefined }): Counts => ({
  result: r.result,
  passed: r.statistics?.Passed ?? 0,
  skipped: r.statistics?.Skipped ?? 0,
  failed: r.statistics?.Failed ?? 0,
});
/** "all 7 passed", "partial: 2 passed, 1 skipped": one result as the table cell says it. */
const countsText = (r: Counts) =>
  r.result === 'success'
    ? `all ${r.passed} passed`
    : `${r.result === 'partial' ? 'partial' : 'failed'}: ${[`${r.passed} passed`, r.skipped ? `${r.skipped} skipped` : '', r.failed ? `${r.failed} failed` : ''].filter(Boolean).join(', ')}`;

function reportView(entry: ConformanceEntry, previous: ConformanceEntry | undefined, vendorOf: string[]) {
  const report = entry.data;
  return {
    vendorOf,
    id: reportSourceId(report),
    file: `content/conformance/${entry.id}.yaml`,
    url: `${REPORTS_URL}${entry.id}.yaml`,
    version: report.implementation.version,
    release: reportVersion(report.implementation.version),
    gatewayApi: report.gatewayAPIVersion,
    channel: report.gatewayAPIChannel,
    mode: report.mode,
    date: dated(reportDay(report.date)),
    profiles: [...report.profiles]
      // Mesh (east-west) profiles first: they are the ones a mesh comparison reads.
      .sort((a, b) => Number(b.name.startsWith('MESH-')) - Number(a.name.startsWith('MESH-')) || a.name.localeCompare(b.name))
      .map((profile) => ({
        name: profile.name,
        coreText: countsText(counts(profile.core)),
        extendedText: profile.extended ? countsText(counts(profile.extended)) : 'not run',
        mesh: profile.name.startsWith('MESH-'),
        core: {
          ...counts(profile.core),
          skippedTests: profile.core.skippedTests,
          failedTests: profile.core.failedTests,
        },
        extended: profile.extended
          ? {
              ...counts(profile.extended),
              supported: [...profile.extended.supportedFeatures].sort(),
              unsupported: [...profile.extended.unsupportedFeatures].sort(),
            }
          : null,
      })),
    provisional: report.succeededProvisionalTests,
    previous: previous ? { release: reportVersion(previous.data.implementation.version), id: reportSourceId(previous.data) } : null,
    changes: previous ? reportChanges(previous.data, report) : [],
  };
}
export type ConformanceReportView = ReturnType<typeof reportView>;

function implementationView(atlas: AtlasData, series: ReportSeries) {
  const { reports } = series;
  const projectName = series.owner ? projectsOf(atlas).find((p) => p.id === series.owner!.project)?.name : undefined;
  return {
    name: series.owner?.name ?? series.project,
    /** The heading: the project's own reports by its name, a distribution by the name it reports under. */
    heading: series.owner?.role === 'project' && projectName ? `${projectName}'s own reports` : series.owner?.role === 'distribution' ? `${series.owner.name ?? series.project} (a distribution of ${projectName ?? series.owner.project})` : series.project,
    organization: series.organization,
    role: series.owner?.role ?? null,
    /** Newest first; each report compared with the one before it. */
    reports: reports.map((entry, index) => reportView(entry, reports[index - 1], series.owner ? [series.owner.project] : [])).reverse(),
    newest: reports.at(-1) ? reportSourceId(reports.at(-1)!.data) : null,
    /** The matrix rows this implementation's newest report decides: one row per feature, one column per mesh. */
    computed: computedTable(atlas, series),
  };
}

function computedTable(atlas: AtlasData, series: ReportSeries) {
  if (series.owner?.role !== 'project') return null;
  const meshes = sortedMeshes(atlas).filter((mesh) => mesh.data.project === series.owner!.project);
  const rows = featuresInMatrixOrder(atlas).flatMap((feature) => {
    const cells = meshes.map((mesh) => ({ mesh, cell: mesh.data.support[feature.id] }));
    if (!cells.some(({ cell }) => cell?.derivedFrom)) return [];
    return [{
      feature: feature.data.name,
      href: urls.feature(feature.id),
      cells: cells.map(({ mesh, cell }) => ({
        href: urls.featureCell(feature.id, mesh.id),
        level: cell!.level,
        label: LEVEL_DISPLAY[cell!.level].label,
        symbol: LEVEL_DISPLAY[cell!.level].symbol,
        requires: cell!.requires.map((r) => REQUIREMENT_SHORT[r]),
      })),
    }];
  });
  return rows.length ? { meshes: meshes.map((m) => m.data.shortName), rows } : null;
}

export function conformancePageView(atlas: AtlasData) {
  const series = reportSeries(atlas);
  const projects = projectsOf(atlas).flatMap((project) => {
    const own = series.filter((s) => s.owner?.project === project.id).sort((a, b) => Number(b.owner?.role === 'project') - Number(a.owner?.role === 'project'));
    if (own.length === 0) return [];
    return [{
      id: project.id,
      name: project.name,
      meshes: project.meshes.map((id) => atlas.meshes.find((m) => m.id === id)!).map((m) => ({ href: urls.mesh(m.id), name: m.data.name })),
      implementations: own.map((s) => implementationView(atlas, s)),
    }];
  });
  const others = series.filter((s) => !s.owner).map((s) => implementationView(atlas, s));
  return {
    projects,
    others,
    reportCount: atlas.conformance.length,
    /** Projects with no report stored, said plainly. */
    missing: projectsOf(atlas).filter((p) => !projects.some((q) => q.id === p.id)).map((p) => p.name),
    search: { type: 'conformance' as const, meshes: projects.flatMap((p) => p.meshes.map((m) => m.name)) },
  };
}
