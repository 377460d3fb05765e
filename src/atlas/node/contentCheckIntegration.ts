/**
 * An Astro integration that runs the content checker (`loadContent`, the same function as `npm run
 * validate`) before Astro reads a single content file, and stops the build with the checker's
 * problems — one line each, naming file and field — when there are any. So the build and
 * `validate` accept and reject exactly the same content. Node-only (build time).
 *
 * From the validated meshes it also sets the redirects of every comparison's reverse order to its
 * canonical page, and keeps their paths in `redirected` for the sitemap to leave out.
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from './contentFiles';
import { formatProblems } from '../integrity';
import { reversePairRedirects } from '../../domain/compare';

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

export function contentCheck(contentDir: string): AstroIntegration & { redirected: Set<string> } {
  const redirected = new Set<string>();
  return {
    name: 'mesh-atlas-content-check',
    redirected,
    hooks: {
      'astro:config:setup': ({ logger, updateConfig }) => {
        const { atlas, problems } = loadContent(contentDir);
        if (problems.length === 0) {
          const redirects = reversePairRedirects(atlas.meshes.map((m) => m.id));
          for (const path of Object.keys(redirects)) redirected.add(path);
          updateConfig({ redirects });
          logger.info('content ok');
          return;
        }
        const error = new ContentProblemsError(`${problems.length} content problem(s):\n${formatProblems(problems)}`);
        error.stack = ''; // the problems are the whole story; no stack trace under them
        throw error;
      },
    },
  };
}
