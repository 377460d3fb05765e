/** What the site says about itself wherever it names the meshes: preview card, alt text, descriptions. */
import { memoize, meshesBaselineLast } from '../atlas/queries';
import type { AtlasData } from '../atlas/types';
import { wrapText } from '../domain/text';
import { comparedInProse } from './shared';

export function siteCard(atlas: AtlasData) {
  return {
    title: 'Which service mesh, if any?',
    lines: wrapText('Features, benchmarks and their test conditions — every number traced to its source.', 60),
    chips: meshesBaselineLast(atlas).map((m) => m.data.shortName),
  };
}

/** Asked by every page's layout: derived once per atlas. */
export const siteImageAlt = memoize((atlas: AtlasData) => `Mesh Atlas: ${comparedInProse(atlas, 'projects')} compared, every number sourced`);
