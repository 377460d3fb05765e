import { z } from 'astro/zod';
import { PastDateSchema, SourceListSchema, type ReferenceFactory } from './common';
import { GUIDE_ROLE_IDS } from './vocab';

/** A decision guide written in MDX. */
export const GuideSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** Page title. */
      title: z.string().min(5),
      /** One-sentence summary for lists and link previews. */
      description: z.string().min(20).max(300),
      /** When the guide was last reviewed. */
      reviewed: PastDateSchema(),
      /** Meshes the guide discusses. */
      meshes: z.array(ref('meshes')).default([]),
      /** Features the guide relies on. */
      features: z.array(ref('features')).default([]),
      /** Evidence for its claims. */
      sources: SourceListSchema(ref),
      /** Position in the guide list. */
      order: z.number().int().nonnegative().default(100),
      /** The parts of the site that rely on this guide (see GUIDE_ROLES in src/schemas/vocab.ts). */
      roles: z.array(z.enum(GUIDE_ROLE_IDS)).default([]),
    })
    .strict();
export type GuideData = z.output<ReturnType<typeof GuideSchema>>;
