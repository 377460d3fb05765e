/**
 * `/lifecycle/` and the lifecycle section of mesh pages: per project, cadence, support policy,
 * release lines with their status on the build date, Kubernetes ranges, upgrade model,
 * distributions, licence and governance — each fact with its sources and the day it was checked.
 */
import type { AtlasData, LifecycleEntry } from '../atlas/types';
import { projectsOf, type MeshEntry } from '../atlas/queries';
import { kubernetesRange, releaseStatus, RELEASE_STATUS_TEXT } from '../domain/lifecycle';
import { urls } from '../domain/urls';
import { RELEASE_CHANNEL_LABELS } from '../schemas/vocab';
import { dated } from './shared';

const DISTRIBUTION_LABELS = { 'open-source': 'Open source', enterprise: 'Commercial distribution', managed: 'Cloud-managed' } as const;

function projectView(atlas: AtlasData, entry: LifecycleEntry, today: string) {
  const { data } = entry;
  const project = projectsOf(atlas).find((p) => p.id === data.project)!;
  const meshes = project.meshes.map((id) => atlas.meshes.find((m) => m.id === id)!);
  const fact = (f: { text: string; sources: { id: string }[]; verified: string }) => ({ text: f.text, sources: f.sources, verified: dated(f.verified) });
  return {
    id: data.project,
    name: project.name,
    meshes: meshes.map((m) => ({ href: urls.mesh(m.id), name: m.data.name, shortName: m.data.shortName })),
    file: entry.filePath,
    cadence: fact(data.cadence),
    supportPolicy: fact(data.supportPolicy),
    releases: data.releases.map((r) => {
      const status = releaseStatus(r, today);
      return {
        version: r.version,
        channel: RELEASE_CHANNEL_LABELS[r.channel],
        released: r.released ? dated(r.released) : null,
        endOfSupport: r.endOfSupport ? dated(r.endOfSupport) : null,
        endedBy: r.endedBy ? dated(r.endedBy) : null,
        endOfSupportNote: r.endOfSupportNote ?? null,
        status,
        statusText: RELEASE_STATUS_TEXT[status],
        kubernetes: kubernetesRange(r.kubernetes),
        note: r.note ?? null,
        sources: r.sources,
        verified: dated(r.verified),
      };
    }),
    upgrade: fact(data.upgrade),
    distributions: data.distributions.map((d) => ({ ...d, kindLabel: DISTRIBUTION_LABELS[d.kind], verified: dated(d.verified) })),
    licence: { spdx: data.licence.spdx, sources: data.licence.sources, verified: dated(data.licence.verified) },
    governance: fact(data.governance),
  };
}
export type LifecycleProjectView = ReturnType<typeof projectView>;

/** One line per release line in the summary: "1.29 until 12 Oct 2026", "1.31, end not published". */
const releaseSummary = (r: LifecycleProjectView['releases'][number]) =>
  r.endOfSupport ? `${r.version} until ${r.endOfSupport.text}` : r.status === 'ended' ? `${r.version}` : `${r.version}, end not published`;

export function lifecyclePageView(atlas: AtlasData, today: string) {
  const order = projectsOf(atlas).map((p) => p.id);
  const projects = [...atlas.lifecycle]
    .sort((a, b) => order.indexOf(a.data.project) - order.indexOf(b.data.project))
    .map((entry) => projectView(atlas, entry, today));
  return {
    today: dated(today),
    projects,
    /** Indexed for search as the releases-and-support page of every mesh it covers. */
    search: { type: 'lifecycle' as const, meshes: projects.flatMap((p) => p.meshes.map((m) => m.shortName)) },
    /** The table across meshes: one row per mesh (modes of a project share its facts). */
    summary: projects.flatMap((project) =>
      project.meshes.map((mesh) => ({
        mesh,
        project: { name: project.name, href: `#${project.id}` },
        newest: project.releases[0] ? { version: project.releases[0].version, released: project.releases[0].released } : null,
        current: project.releases.filter((r) => r.status !== 'ended').map(releaseSummary),
        ended: project.releases.filter((r) => r.status === 'ended').map((r) => r.version),
        licence: project.licence.spdx,
        offerings: project.distributions.filter((d) => d.kind !== 'open-source').map((d) => d.name),
      })),
    ),
    json: urls.lifecycleExport(),
    /** Projects with no lifecycle file yet, said plainly rather than left out. */
    missing: projectsOf(atlas).filter((p) => !atlas.lifecycle.some((l) => l.data.project === p.id)).map((p) => p.name),
  };
}

/** A mesh page's lifecycle facts: its project's, or null (the baseline, or no file yet). */
export function meshLifecycle(atlas: AtlasData, mesh: MeshEntry, today: string) {
  const entry = mesh.data.project ? atlas.lifecycle.find((l) => l.data.project === mesh.data.project) : undefined;
  return entry ? { ...projectView(atlas, entry, today), href: urls.lifecycleProject(entry.data.project) } : null;
}
