import { z } from 'astro/zod';
import { CATEGORY_IDS } from './vocab';

/** A capability compared across meshes: one row of the matrix. One file per feature. */
export const FeatureSchema = () =>
  z
    .object({
      /** Short name shown in the matrix row header. */
      name: z.string().min(2),
      /** Matrix group. */
      category: z.enum(CATEGORY_IDS),
      /** What the feature is, in one or two sentences. */
      description: z.string().min(20),
      /** Why a platform team would care. */
      whyItMatters: z.string().min(20),
      /** Other names the same question goes by (servicemesh.es rows, seed tables, vendor terms). */
      aliases: z.array(z.string()).default([]),
      /** Position within its category; lower comes first. */
      order: z.number().int().nonnegative().default(100),
      /**
       * Ask about this feature as a constraint in the chooser: `question` is the checkbox's words,
       * `flag` its URL parameter (`?fips=1`), unique and not one the chooser uses (rule `chooser-flags`).
       */
      /**
       * Compute this row from Gateway API conformance reports: `profile` names the conformance
       * profile (MESH-HTTP, MESH-GRPC) and `features` the extended features the row asks about
       * (none: the profile's core result decides). Meshes whose project lists a report
       * implementation get the cell from their newest report; others keep a hand-written cell.
       */
      conformance: z
        .object({
          profile: z.string().regex(/^[A-Z]+(-[A-Z]+)*$/, 'must be a conformance profile name such as MESH-HTTP'),
          features: z.array(z.string().regex(/^[A-Za-z0-9]+$/, 'must be a Gateway API feature name such as MeshConsumerRoute')).default([]),
        })
        .strict()
        .optional(),
      chooser: z.object({ flag: z.string().regex(/^[a-z][a-z0-9]*$/, 'must be lowercase letters and digits'), question: z.string().min(10) }).strict().optional(),
    })
    .strict();
export type FeatureData = z.output<ReturnType<typeof FeatureSchema>>;
