/** The compare page: every pair with how much it differs, and the matrix cut to 2–4 chosen meshes. */
import { comparedMeshes, featuresByCategory, meshesBaselineLast } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { comparePairs } from '../domain/compare';
import { COMPARE_MESHES, compareViewOptions, urls } from '../domain/urls';
import { listInProse, numberWord, pairSupport } from './shared';

export function compareIndexView(atlas: AtlasData) {
  const meshes = meshesBaselineLast(atlas);
  const byId = new Map(meshes.map((m) => [m.id, m]));
  const groups = featuresByCategory(atlas);
  const features = groups.flatMap((g) => g.features);
  const options = compareViewOptions(
    meshes.map((m) => m.id),
    comparedMeshes(atlas).map((m) => m.id),
    groups.map((g) => g.category),
  );
  return {
    /** "two to four": how many meshes the side-by-side view takes, in words. */
    bounds: `${numberWord(COMPARE_MESHES.min)} to ${numberWord(COMPARE_MESHES.max)}`,
    /** Every mesh by short name, the baseline last in lower case ("… Linkerd and no mesh"). */
    choices: listInProse(meshes.map((m) => (m.data.baseline ? m.data.shortName.toLowerCase() : m.data.shortName))),
    address: urls.compare(),
    featureCount: features.length,
    pairs: comparePairs(meshes.map((m) => m.id)).map((pair) => ({
      href: urls.pair(pair.a, pair.b),
      label: `${byId.get(pair.a)!.data.shortName} vs ${byId.get(pair.b)!.data.shortName}`,
      differ: pairSupport(atlas, byId.get(pair.a)!, byId.get(pair.b)!).differing.length,
    })),
    matrix: {
      meshes,
      groups,
      defaultMeshes: options.defaultMeshes,
      minMeshes: options.minMeshes,
      maxMeshes: options.maxMeshes,
    },
  };
}
