import { z } from 'astro/zod';
import { PastDateSchema, DateSchema, IdSchema } from './common';
import { SOURCE_KINDS } from './vocab';

/** A citation: everything on the site points here for its evidence. One file per source. */
export const SourceSchema = () =>
  z
    .object({
      /** The title as the publisher gives it. */
      title: z.string().min(3),
      /** Who published it (site, organisation or repository owner). */
      publisher: z.string().min(2),
      /** The person or people who wrote it, when named. */
      author: z.string().optional(),
      /** Publication date, when the source states one. */
      date: DateSchema().optional(),
      /** Where to read it (https only: the `https-only` rule says so, for this and every URL). */
      url: z.url(),
      /** What kind of evidence it is. */
      kind: z.enum(SOURCE_KINDS),
      /**
       * Projects (a mesh file's `project`) whose vendor or maintainers wrote it. Non-empty means the
       * source is vendor-authored for those meshes, and the site says so wherever it is cited.
       */
      vendorOf: z.array(IdSchema()).default([]),
      /** Who the author works for, when that matters to a reader weighing the claim. */
      affiliation: z.string().optional(),
      /** When we last read it. */
      accessed: PastDateSchema(),
      /** Which version of the documented software it describes, when it says. */
      appliesTo: z.string().optional(),
      /** Anything a reader should know before relying on it. */
      note: z.string().optional(),
    })
    .strict();
export type SourceData = z.output<ReturnType<typeof SourceSchema>>;
