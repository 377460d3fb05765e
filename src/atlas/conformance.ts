/**
 * Gateway API conformance reports as evidence. Pure functions, no I/O: both loaders (the content
 * checker and Astro's content layer) call them, so the site and `validate` see the same cells.
 *
 * - `reportSources` turns every stored report into a citable source (its GitHub URL).
 * - `deriveAtlas` fills in every row whose feature names a conformance `profile`, for every mesh
 *   whose project lists its report implementation (lifecycle `conformance`): the level comes from
 *   the newest report's profile result and claimed features, the verified date and version from
 *   that report, and the history from how the level changed between successive reports. The mesh
 *   file may add requirements, maturity, a note, more sources, review history and disputes, but
 *   never the level: a fact a report states is not typed by hand.
 */
import type {
  ConformanceProfileData,
  ConformanceReportData,
  FeatureData,
  HistoryEntryData,
  LifecycleData,
  SourceData,
  SupportCellData,
  SupportCellInput,
  SupportLevel,
} from '../schemas';
import type { AtlasData, ConformanceEntry, Entry, Problem, RawAtlasData } from './types';
import { compareVersions } from './versions';

/** Where every stored report is published (the folder layout under content/conformance/ matches). */
export const REPORTS_URL = 'https://github.com/kubernetes-sigs/gateway-api/blob/main/conformance/reports/';

type Spec = NonNullable<FeatureData['conformance']>;
type Role = LifecycleData['conformance'][number]['role'];

/** The implementation version as a release name: `version-2.18` → `2.18`, `v1.20.0` → `1.20.0`. */
export function reportVersion(version: string): string {
  return version.trim().replace(/^version-(?=\d)/i, '').replace(/^v(?=\d)/i, '');
}

/** The UTC day a report was written (reports carry their own offset). */
export function reportDay(date: string): string {
  return new Date(date).toISOString().slice(0, 10);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The source id a report is cited by: implementation, version and channel. */
export function reportSourceId(report: ConformanceReportData): string {
  return ['gateway-api-conformance', slug(report.implementation.project), slug(reportVersion(report.implementation.version)), report.gatewayAPIChannel].join('-');
}

const implementationKey = (organization: string, project: string) => `${organization.toLowerCase()}\u0000${project.toLowerCase()}`;

/** Which project (and in which role) each report implementation belongs to, from the lifecycle files. */
export interface Owner {
  project: string;
  role: Role;
  /** The implementation's name as the site writes it. */
  name?: string;
}

export function implementationOwners(lifecycle: readonly Entry<LifecycleData>[]): Map<string, Owner> {
  const owners = new Map<string, Owner>();
  for (const entry of lifecycle) {
    for (const implementation of entry.data.conformance) {
      owners.set(implementationKey(implementation.organization, implementation.project), {
        project: entry.data.project,
        role: implementation.role,
        ...(implementation.name ? { name: implementation.name } : {}),
      });
    }
  }
  return owners;
}

export function ownerOf(report: ConformanceReportData, owners: ReadonlyMap<string, Owner>) {
  return owners.get(implementationKey(report.implementation.organization, report.implementation.project));
}

/** Oldest first: by implementation version, then by the day the suite ran. */
export function compareReports(a: ConformanceReportData, b: ConformanceReportData): number {
  const byVersion = compareVersions(reportVersion(a.implementation.version), reportVersion(b.implementation.version));
  if (byVersion) return byVersion;
  return Date.parse(a.date) - Date.parse(b.date);
}

/** One implementation's reports, oldest first, grouped by organization and project. */
export interface ReportSeries {
  organization: string;
  project: string;
  /** The lifecycle project it belongs to, if any lifecycle file lists it. */
  owner?: Owner;
  reports: ConformanceEntry[];
}

export function reportSeries(atlas: Pick<AtlasData, 'conformance' | 'lifecycle'>): ReportSeries[] {
  const owners = implementationOwners(atlas.lifecycle);
  const series = new Map<string, ReportSeries>();
  for (const entry of atlas.conformance) {
    const { organization, project } = entry.data.implementation;
    const key = implementationKey(organization, project);
    let group = series.get(key);
    if (!group) {
      const owner = owners.get(key);
      group = { organization, project, ...(owner ? { owner } : {}), reports: [] };
      series.set(key, group);
    }
    group.reports.push(entry);
  }
  for (const group of series.values()) group.reports.sort((a, b) => compareReports(a.data, b.data) || a.id.localeCompare(b.id));
  return [...series.values()].sort((a, b) => a.project.localeCompare(b.project));
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function statistics(result: ConformanceProfileData['core']) {
  return { passed: result.statistics?.Passed ?? 0, failed: result.statistics?.Failed ?? 0, skipped: result.statistics?.Skipped ?? 0 };
}

/** The core result of one profile in words: "passed all 7 MESH-HTTP core tests". */
export function coreResultText(profile: ConformanceProfileData): string {
  const { passed, failed, skipped } = statistics(profile.core);
  const total = passed + failed + skipped;
  if (profile.core.result === 'success') return `passed all ${count(total, `${profile.name} core test`)}`;
  const parts = [`${passed} passed`, skipped ? `${skipped} skipped` : '', failed ? `${failed} failed` : ''].filter(Boolean).join(', ');
  const named = [...profile.core.skippedTests.map((t) => `${t} skipped`), ...profile.core.failedTests.map((t) => `${t} failed`)];
  return `${profile.core.result === 'partial' ? 'partly passed' : 'failed'} the ${profile.name} core tests (${parts}${named.length ? `: ${named.join(', ')}` : ''})`;
}

/** What one report says about one row: the level and the sentence that explains it. */
export interface Outcome {
  level: SupportLevel;
  /** A clause completing "<report> …", without a final full stop. */
  text: string;
}

export function profileOutcome(report: ConformanceReportData, spec: Spec): Outcome {
  const profile = report.profiles.find((candidate) => candidate.name === spec.profile);
  if (!profile) return { level: 'unknown', text: `does not include the ${spec.profile} profile, so it neither claims nor tests it` };
  const core = coreResultText(profile);
  const coreLevel: SupportLevel = profile.core.result === 'success' ? 'full' : statistics(profile.core).passed > 0 ? 'partial' : 'none';
  if (spec.features.length === 0) return { level: coreLevel, text: core };
  const supported = new Set(profile.extended?.supportedFeatures ?? []);
  const unsupported = new Set(profile.extended?.unsupportedFeatures ?? []);
  const claimed = spec.features.filter((f) => supported.has(f));
  const denied = spec.features.filter((f) => unsupported.has(f));
  const unlisted = spec.features.filter((f) => !supported.has(f) && !unsupported.has(f));
  const clauses = [
    claimed.length ? `claims ${claimed.join(' and ')}` : '',
    denied.length ? `lists ${denied.join(' and ')} as unsupported` : '',
    unlisted.length ? `does not list ${unlisted.join(' or ')}` : '',
  ].filter(Boolean);
  const text = `${core}, and ${clauses.join('; ')}`;
  if (claimed.length === spec.features.length) return { level: coreLevel === 'full' ? 'full' : 'partial', text };
  if (claimed.length === 0) return { level: denied.length ? 'none' : 'unknown', text };
  return { level: 'partial', text };
}

/** "Istio 1.31's Gateway API conformance report (Gateway API v1.6.0, experimental channel, 2026-09-10)". */
export function reportName(report: ConformanceReportData, projectName = report.implementation.project): string {
  return `${projectName} ${reportVersion(report.implementation.version)}'s Gateway API conformance report (${report.gatewayAPIVersion}, ${report.gatewayAPIChannel} channel, ${reportDay(report.date)})`;
}

/** Every stored report as a source, cited by the cells it computes and by any text that names it. */
export function reportSources(atlas: Pick<AtlasData, 'conformance' | 'lifecycle'>): Entry<SourceData>[] {
  const owners = implementationOwners(atlas.lifecycle);
  return atlas.conformance.map((entry) => {
    const report = entry.data;
    const owner = ownerOf(report, owners);
    const day = reportDay(report.date);
    const profiles = report.profiles.map((profile) => `${profile.name} core ${profile.core.result}`).join(', ');
    return {
      id: reportSourceId(report),
      filePath: entry.filePath,
      data: {
        title: `${owner?.name ?? report.implementation.project} ${report.implementation.version} Gateway API conformance report (${report.gatewayAPIVersion}, ${report.gatewayAPIChannel})`,
        publisher: `Gateway API project (Kubernetes SIG Network), report submitted by ${report.implementation.organization}`,
        date: day,
        url: `${REPORTS_URL}${entry.id}.yaml`,
        kind: 'conformance-report',
        vendorOf: owner ? [owner.project] : [],
        // The report is immutable once submitted, so what we read is what it said that day.
        accessed: day,
        appliesTo: `${report.implementation.project} ${report.implementation.version}, Gateway API ${report.gatewayAPIVersion}`,
        note: `Written by the Gateway API conformance suite and submitted by the implementation's maintainers; stored unmodified in content/conformance/${entry.id}.yaml. Profiles: ${profiles}.`,
      },
    };
  });
}

/** Fields a computed row takes from its report; the mesh file may not set them. */
const COMPUTED_FIELDS = ['level', 'verified', 'verifiedAgainst'] as const;

/** The project's own implementation's reports, oldest first, one per implementation version. */
function projectReports(series: readonly ReportSeries[], project: string): ConformanceEntry[] {
  const own = series.find((group) => group.owner?.project === project && group.owner.role === 'project');
  if (!own) return [];
  const byVersion = new Map<string, ConformanceEntry>();
  // Later in the sorted list wins: for one version, the report the suite wrote last.
  for (const entry of own.reports) byVersion.set(reportVersion(entry.data.implementation.version), entry);
  return [...byVersion.values()];
}

function computeCell(spec: Spec, input: SupportCellInput | undefined, reports: readonly ConformanceEntry[], projectName: string | undefined): SupportCellData {
  const newest = reports.at(-1)!;
  const outcome = profileOutcome(newest.data, spec);
  const generated: HistoryEntryData[] = [];
  let previous: { entry: ConformanceEntry; outcome: Outcome } | undefined;
  for (const entry of reports) {
    const current = profileOutcome(entry.data, spec);
    if (previous && previous.outcome.level !== current.level) {
      generated.push({
        kind: 'release',
        date: reportDay(entry.data.date),
        version: reportVersion(entry.data.implementation.version),
        field: 'level',
        from: previous.outcome.level,
        to: current.level,
        reason: `${reportName(entry.data, projectName)} ${current.text}; the ${reportVersion(previous.entry.data.implementation.version)} report ${previous.outcome.text}.`,
        sources: [{ id: reportSourceId(entry.data), collection: 'sources' }],
      });
    }
    previous = { entry, outcome: current };
  }
  // Oldest first, as the history rule wants; on the same day a mesh file's entry follows the report's.
  const history = [...generated, ...(input?.history ?? [])]
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => (a.entry.date ?? '').localeCompare(b.entry.date ?? '') || a.index - b.index)
    .map(({ entry }) => entry);
  const sourceId = reportSourceId(newest.data);
  const keepsMaturity = outcome.level === 'full' || outcome.level === 'partial';
  const { level: _level, verified: _verified, verifiedAgainst: _against, maturity, ...rest } = input ?? { requires: [], sources: [], history: [], disputes: [] };
  const generatedNote = `${reportName(newest.data, projectName)} ${outcome.text}.`;
  return {
    ...rest,
    ...(maturity && keepsMaturity ? { maturity } : {}),
    level: outcome.level,
    requires: input?.requires ?? [],
    note: input?.note ? `${generatedNote} ${input.note}` : generatedNote,
    sources: [{ id: sourceId, collection: 'sources' }, ...(input?.sources ?? []).filter((source) => source.id !== sourceId)],
    verified: reportDay(newest.data.date),
    verifiedAgainst: reportVersion(newest.data.implementation.version),
    history,
    disputes: input?.disputes ?? [],
    derivedFrom: { report: newest.id, source: sourceId, profile: spec.profile, version: newest.data.implementation.version },
  };
}

/**
 * The atlas every page reads: each conformance row computed for each mesh whose project has
 * reports, every other cell as its file states it. Problems name the mesh file and field: a level
 * typed by hand where a report decides it, or a missing level where no report does.
 */
export function deriveAtlas(raw: RawAtlasData): { atlas: AtlasData; problems: Problem[] } {
  const problems: Problem[] = [];
  const series = reportSeries(raw);
  const seen = new Map<string, string>();
  for (const entry of raw.conformance) {
    const id = reportSourceId(entry.data);
    const first = seen.get(id);
    if (first) problems.push({ rule: 'conformance', file: entry.filePath, field: 'implementation.version', message: `repeats the report ${first} (same implementation, version and channel, source id "${id}")` });
    else seen.set(id, entry.filePath);
  }
  const specs = raw.features.flatMap((feature) => (feature.data.conformance ? [{ id: feature.id, spec: feature.data.conformance }] : []));
  const meshes = raw.meshes.map((mesh) => {
    const reports = mesh.data.project ? projectReports(series, mesh.data.project) : [];
    const support: Record<string, SupportCellData> = {};
    for (const [featureId, cell] of Object.entries(mesh.data.support)) {
      if (cell.level !== undefined) support[featureId] = { ...cell, level: cell.level, note: cell.note ?? '' };
    }
    for (const { id: featureId, spec } of specs) {
      const input = mesh.data.support[featureId];
      if (reports.length === 0) continue;
      for (const field of COMPUTED_FIELDS) {
        if (input?.[field] !== undefined) {
          problems.push({
            rule: 'conformance',
            file: mesh.filePath,
            field: `support.${featureId}.${field}`,
            message: `is computed from ${reports.at(-1)!.filePath}; remove it (the newest conformance report decides the level, the date and the version)`,
          });
        }
      }
      support[featureId] = computeCell(spec, input, reports, mesh.data.projectName);
    }
    for (const [featureId, cell] of Object.entries(mesh.data.support)) {
      if (cell.level === undefined && !support[featureId]) {
        const spec = specs.find((candidate) => candidate.id === featureId);
        problems.push({
          rule: 'conformance',
          file: mesh.filePath,
          field: `support.${featureId}.level`,
          message: spec
            ? `is required: no Gateway API conformance report is stored for project "${mesh.data.project ?? mesh.id}" (a lifecycle file's \`conformance\` names its implementation)`
            : `is required: feature "${featureId}" is not computed from conformance reports (it has no \`conformance\` profile)`,
        });
      }
    }
    return { ...mesh, data: { ...mesh.data, support } };
  });
  return { atlas: { ...raw, meshes }, problems };
}

/** What changed from one report of an implementation to its next: one line per change. */
export function reportChanges(previous: ConformanceReportData, next: ConformanceReportData): string[] {
  const lines: string[] = [];
  if (previous.gatewayAPIVersion !== next.gatewayAPIVersion) lines.push(`Gateway API ${previous.gatewayAPIVersion} → ${next.gatewayAPIVersion}`);
  if (previous.gatewayAPIChannel !== next.gatewayAPIChannel) lines.push(`channel ${previous.gatewayAPIChannel} → ${next.gatewayAPIChannel}`);
  const before = new Map(previous.profiles.map((profile) => [profile.name, profile]));
  const after = new Map(next.profiles.map((profile) => [profile.name, profile]));
  for (const [name, profile] of after) {
    const old = before.get(name);
    if (!old) {
      lines.push(`${name} newly reported (core ${profile.core.result})`);
      continue;
    }
    if (old.core.result !== profile.core.result) lines.push(`${name} core ${old.core.result} → ${profile.core.result}`);
    const was = new Set(old.extended?.supportedFeatures ?? []);
    const now = new Set(profile.extended?.supportedFeatures ?? []);
    const gained = [...now].filter((feature) => !was.has(feature));
    const lost = [...was].filter((feature) => !now.has(feature));
    if (gained.length) lines.push(`${name} now claims ${gained.join(', ')}`);
    if (lost.length) lines.push(`${name} no longer claims ${lost.join(', ')}`);
  }
  for (const name of before.keys()) if (!after.has(name)) lines.push(`${name} no longer reported`);
  return lines;
}
