/** A benchmark study's page: who ran it, its conditions, charts, every result, caveats and sources. */
import { studyChartSpecs } from '../charts/charts';
import { meshesInStudy, resultsByMetric, sortedMeshes, type StudyEntry } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { conditionRows } from '../domain/conditions';
import { urls } from '../domain/urls';
import { dated } from './shared';

export interface StudyPageProps {
  study: StudyEntry;
}

export function studyPagePaths(atlas: AtlasData): { params: { study: string }; props: StudyPageProps }[] {
  return atlas.benchmarks.map((study) => ({ params: { study: study.id }, props: { study } }));
}

export function studyPageView(atlas: AtlasData, study: StudyEntry) {
  const { data } = study;
  const meshes = meshesInStudy(atlas, study);
  const charts = studyChartSpecs(atlas, study);
  return {
    id: study.id,
    search: { type: 'benchmark' as const, meshes: meshes.map((m) => m.data.shortName) },
    title: data.title,
    description: `${data.summary} Conditions, every number with its unit, caveats and sources.`,
    image: urls.ogStudy(study.id),
    imageAlt: charts[0] ? `${charts[0].title} chart` : data.title,
    publisher: data.publisher,
    date: data.date,
    dateLabel: data.date ? 'published' : 'publication date',
    verified: dated(data.verified),
    vendorOf: data.vendorOf,
    summary: data.summary,
    /** The meshes it has numbers for, with the version it tested when it says. */
    measured: meshes.map((m) => ({ href: urls.mesh(m.id), name: m.data.name, version: data.versions[m.id] })),
    conditions: conditionRows(data.conditions).map((row) => ({
      id: `condition-${row.key}`,
      label: row.label,
      value: row.value,
      unstated: row.value === 'not stated',
    })),
    charts,
    tables: resultsByMetric(study, sortedMeshes(atlas).map((m) => m.id)),
    caveats: data.caveats,
    sources: data.sources,
  };
}
