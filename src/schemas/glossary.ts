import { z } from 'astro/zod';
import { IdSchema, SourceListSchema, type ReferenceFactory } from './common';

/** One term a reader meets on the site, defined in our words with its evidence. One file per term. */
export const GlossarySchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** The term as a reader meets it. */
      term: z.string().min(2).max(60),
      /**
       * Other forms the site's text uses (plurals, abbreviations). The term and these are matched
       * case-insensitively, as whole words, to link a term's first use on a page.
       */
      aliases: z.array(z.string().min(2)).default([]),
      /** One sentence: the tooltip and the search result. */
      short: z.string().min(10).max(160),
      /** What it is, which meshes use it, and how it differs from the nearest confusable term. */
      definition: z.string().min(40),
      sources: SourceListSchema(ref),
      /** Other glossary entries worth reading next. */
      related: z.array(IdSchema()).default([]),
    })
    .strict();
export type GlossaryData = z.output<ReturnType<typeof GlossarySchema>>;
