/** The feature matrix page: every feature by category, one column per mesh (compared meshes, then the baseline). */
import { featuresByCategory, meshesBaselineLast } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { comparedInProse } from './shared';

export function featureMatrixView(atlas: AtlasData) {
  const meshes = meshesBaselineLast(atlas);
  const groups = featuresByCategory(atlas);
  return {
    meshes,
    groups,
    featureCount: atlas.features.length,
    categoryCount: groups.length,
    columnCount: meshes.length,
    /** "Istio, Cilium or Linkerd", for the description. */
    projects: comparedInProse(atlas, 'projects', 'or'),
  };
}
