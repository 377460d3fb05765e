/**
 * What the matrix's details dialog shows for one cell, built from the public features export. Pure,
 * so the browser code only turns it into elements.
 */
import { LEVEL_DISPLAY } from '../atlas/levels';
import { REQUIREMENTS, type Requirement, type SupportLevel } from '../schemas/vocab';
import { formatDate, vendorNames } from './format';
import { urls } from './urls';
import { changeLine, newestFirst, type HistoryLike } from './history';

export interface FeaturesExportLike {
  meshes: { id: string; name: string; versionReviewed: string; project: string | null; projectName: string | null }[];
  sources: { url: string; title: string; publisher: string; date: string | null; vendorOf: string[] }[];
  features: {
    id: string;
    name: string;
    support: Record<
      string,
      {
        level: SupportLevel;
        maturity: string | null;
        since: string | null;
        removed: string | null;
        requires: string[];
        note: string;
        sources: string[];
        verified: string | null;
        verifiedAgainst: string | null;
        lastChanged: string | null;
        stale: boolean;
        history: (HistoryLike & { sources: string[] })[];
        disputes: { claim: string; level: SupportLevel | null; source: string; resolution: string }[];
        derivedFrom: { report: string; profile: string; version: string } | null;
      }
    >;
  }[];
}

export interface CellDetails {
  title: string;
  level: SupportLevel;
  levelDescription: string;
  maturity: string | null;
  note: string;
  facts: string[];
  sources: { url: string; title: string; byline: string; vendor: string | null }[];
  /** True when the cell is stale (see the features export's stalePolicy). */
  stale: boolean;
  /** The timeline, newest first: one line each, its reason, and its sources by title. */
  history: { line: string; reason: string; sources: { url: string; title: string }[] }[];
  /** Sources that disagree, each with who says it and the atlas's answer. */
  disputes: { claim: string; level: string | null; by: { url: string; title: string; publisher: string; vendor: string | null }; resolution: string }[];
  /** "Computed from …": the report a computed cell comes from. */
  derivedFrom: { url: string; text: string } | null;
  featureUrl: string;
}

export function cellDetails(data: FeaturesExportLike, featureId: string, meshId: string): CellDetails | null {
  const feature = data.features.find((f) => f.id === featureId);
  const mesh = data.meshes.find((m) => m.id === meshId);
  const cell = feature?.support[meshId];
  if (!feature || !mesh || !cell) return null;
  const facts = [
    ...(cell.since ? [`Since ${cell.since}`] : []),
    ...(cell.removed ? [`Removed in ${cell.removed}`] : []),
    ...cell.requires.map((r) => `Requires ${REQUIREMENTS[r as Requirement] ?? r}`),
    cell.verified && cell.verifiedAgainst ? `Verified ${formatDate(cell.verified)} against ${cell.verifiedAgainst}` : 'Not yet checked against a release',
    cell.lastChanged ? `Last changed ${formatDate(cell.lastChanged)}` : 'No dated change recorded',
    ...(cell.stale ? [`Stale: re-check against ${mesh.versionReviewed}`] : []),
  ];
  const names = Object.fromEntries(data.meshes.flatMap((m) => (m.project && m.projectName ? [[m.project, m.projectName]] : [])));
  const describe = (url: string) => {
    const source = data.sources.find((s) => s.url === url);
    return {
      url,
      title: source?.title ?? url,
      publisher: source?.publisher ?? '',
      byline: source ? `${source.publisher}${source.date ? `, ${source.date.slice(0, 4)}` : ''}` : '',
      vendor: source?.vendorOf.length ? `vendor: ${vendorNames(names, source.vendorOf)}` : null,
    };
  };
  const sources = cell.sources.map((url) => {
    const { publisher: _publisher, ...rest } = describe(url);
    return rest;
  });
  const disputes = cell.disputes.map((d) => {
    const { byline: _byline, ...by } = describe(d.source);
    return { claim: d.claim, level: d.level ? LEVEL_DISPLAY[d.level].label : null, by, resolution: d.resolution };
  });
  return {
    title: `${mesh.name} · ${feature.name}`,
    level: cell.level,
    levelDescription: LEVEL_DISPLAY[cell.level].description,
    maturity: cell.maturity,
    note: cell.note,
    facts,
    sources,
    stale: cell.stale,
    history: newestFirst(cell.history).map((entry) => ({
      line: changeLine(entry),
      reason: entry.reason,
      sources: entry.sources.map((url) => ({ url, title: data.sources.find((s) => s.url === url)?.title ?? url })),
    })),
    disputes,
    derivedFrom: cell.derivedFrom
      ? { url: cell.derivedFrom.report, text: `Computed from ${describe(cell.derivedFrom.report).title}, ${cell.derivedFrom.profile} profile` }
      : null,
    featureUrl: urls.featureCell(feature.id, mesh.id),
  };
}
