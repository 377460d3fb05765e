/**
 * An Astro integration that runs the content checker (`loadContent`, the same function as `npm run
 * validate`) before Astro reads a single content file, and stops the build with the checker's
 * problems — one line each, naming file and field — when there are any. So the build and
 * `validate` accept and reject exactly the same content. Node-only (build time).
 */
import type { AstroIntegration } from 'astro';
import { loadContent } from './contentFiles';
import { formatProblems } from '../integrity';

export class ContentProblemsError extends Error {
  override name = 'ContentProblemsError';
}

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'mesh-atlas-content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { problems } = loadContent(contentDir);
        if (problems.length === 0) {
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
