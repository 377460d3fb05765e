/** The home page: the meshes with their support counts, and the benchmark studies. */
import { LEVEL_DISPLAY } from '../atlas/levels';
import { byStudyDate, meshesBaselineLast, supportSummary } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import type { MeshData } from '../schemas';
import { SUPPORT_LEVELS } from '../schemas/vocab';
import { urls } from '../domain/urls';
import { comparedInProse, dated, studyListItem } from './shared';

export const DATA_PLANE_LABELS: Record<MeshData['architecture']['dataPlane'], string> = {
  sidecar: 'Sidecar proxy per pod',
  'per-node-proxy': 'Proxy per node',
  'ebpf-and-per-node-proxy': 'eBPF in the kernel + Envoy per node',
  none: 'No data plane',
};

export function homeView(atlas: AtlasData) {
  return {
    links: { features: urls.features(), compare: urls.compare(), changes: urls.changes(), feed: urls.changesFeed(), lifecycle: urls.lifecycle() },
    /** The compared meshes in prose, for the description and the opening line. */
    compared: { parenthetical: comparedInProse(atlas, 'parenthetical'), modes: comparedInProse(atlas, 'modes') },
    featureCount: atlas.features.length,
    // The compared meshes first; the no-mesh baseline closes the list as the point of comparison.
    meshes: meshesBaselineLast(atlas).map((mesh) => {
      const counts = supportSummary(mesh);
      return {
        href: urls.mesh(mesh.id),
        name: mesh.data.name,
        dataPlane: DATA_PLANE_LABELS[mesh.data.architecture.dataPlane],
        versionReviewed: mesh.data.versionReviewed,
        reviewed: dated(mesh.data.reviewed),
        summary: mesh.data.summary,
        /** Levels the mesh has at least one cell of, with their counts. */
        levels: SUPPORT_LEVELS.filter((level) => counts[level] > 0).map((level) => ({ level, count: counts[level] })),
      };
    }),
    /** What each level means, as one line under the cards. */
    levelKey: SUPPORT_LEVELS.map((level) => `${LEVEL_DISPLAY[level].label}: ${LEVEL_DISPLAY[level].description.toLowerCase()}.`).join(' '),
    studies: [...atlas.benchmarks].sort(byStudyDate).map(studyListItem),
  };
}
