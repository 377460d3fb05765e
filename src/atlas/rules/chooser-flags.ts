import { CHOOSER_PARAMS } from '../../domain/urls';
import { projectsOf } from '../queries';
import type { Rule } from '../types';

/**
 * A feature's chooser question is a URL parameter (`?fips=1`): unique, and not one the chooser
 * itself uses or a project id (`?istio=1`, the older form of `runs=istio`, still reads as a project).
 */
export const chooserFlags: Rule = {
  id: 'chooser-flags',
  description: 'A feature’s `chooser.flag` is unique and is neither one of the chooser’s own URL parameters nor a project id.',
  check({ atlas, report }) {
    const projects = new Set(projectsOf(atlas).map((p) => p.id));
    const seen = new Map<string, string>();
    for (const feature of atlas.features) {
      const flag = feature.data.chooser?.flag;
      if (flag === undefined) continue;
      const previous = seen.get(flag);
      if (previous) report(feature.filePath, 'chooser.flag', `"${flag}" is already the flag of ${previous}`);
      else if (CHOOSER_PARAMS.includes(flag)) report(feature.filePath, 'chooser.flag', `"${flag}" is a parameter the chooser uses itself (${CHOOSER_PARAMS.join(', ')})`);
      else if (projects.has(flag)) report(feature.filePath, 'chooser.flag', `"${flag}" is a project id, which the chooser reads as "we already run it"`);
      seen.set(flag, feature.filePath);
    }
  },
};
