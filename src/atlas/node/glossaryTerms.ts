/** The glossary's terms read from disk for the build's MDX plugin (which runs before Astro loads content). Node-only. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { GlossarySchema, idReference } from '../../schemas';
import type { GlossaryTermLike } from '../../domain/glossary';

export function readGlossaryTerms(contentDir: string): GlossaryTermLike[] {
  const dir = join(contentDir, 'glossary');
  if (!existsSync(dir)) return [];
  const schema = GlossarySchema(idReference);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .flatMap((name) => {
      const parsed = schema.safeParse(yaml.load(readFileSync(join(dir, name), 'utf8')));
      return parsed.success ? [{ id: name.slice(0, -'.yaml'.length), term: parsed.data.term, aliases: parsed.data.aliases, short: parsed.data.short }] : [];
    });
}
