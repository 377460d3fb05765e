/**
 * The `sources` collection for Astro's content layer: every file in content/sources/, plus one
 * source per stored Gateway API conformance report (see `reportSources`), so that pages, exports
 * and Astro's reference checks see the same sources as the content checker. Node-only.
 */
import { glob, type Loader } from 'astro/loaders';
import { reportSources } from '../conformance';
import { readCollection } from './contentFiles';

export function sourcesLoader(base: string): Loader {
  const files = glob({ base: `${base}/sources`, pattern: '*.yaml' });
  return {
    name: 'mesh-atlas-sources',
    async load(context) {
      await files.load(context);
      for (const source of reportSources({ conformance: readCollection(base, 'conformance'), lifecycle: readCollection(base, 'lifecycle') })) {
        const data = await context.parseData({ id: source.id, data: source.data });
        context.store.set({ id: source.id, data, filePath: source.filePath });
      }
    },
  };
}
