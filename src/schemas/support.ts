import { z } from 'astro/zod';
import { PastDateSchema, VersionSchema, type ReferenceFactory } from './common';
import { MATURITIES, REQUIREMENT_IDS, SUPPORT_LEVELS } from './vocab';

/**
 * One matrix cell: how one mesh supports one feature. Levels other than `unknown` and
 * `not-applicable` must cite a source (enforced here); `unknown` may still cite what was read.
 */
export const SupportCellSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** full, partial, none, unknown or not-applicable. */
      level: z.enum(SUPPORT_LEVELS),
      /** Upstream maturity of what provides it (omit for none / unknown / not-applicable). */
      maturity: z.enum(MATURITIES).optional(),
      /** First version that provided it, as upstream names versions. */
      since: VersionSchema().optional(),
      /** Version that removed it, if it has been removed. */
      removed: VersionSchema().optional(),
      /** What has to be added or configured for the support to apply. */
      requires: z.array(z.enum(REQUIREMENT_IDS)).default([]),
      /** The nuance in a sentence or two, in our words. */
      note: z.string().min(10),
      /** Evidence: source ids. */
      sources: z.array(ref('sources')).default([]),
      /** When a person last checked this cell against its sources. */
      verified: PastDateSchema(),
    })
    .strict()
    .superRefine((cell, ctx) => {
      if (cell.level !== 'unknown' && cell.level !== 'not-applicable' && cell.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: `a "${cell.level}" cell must cite at least one source` });
      }
      if ((cell.level === 'none' || cell.level === 'not-applicable') && cell.maturity && cell.maturity !== 'deprecated') {
        ctx.addIssue({ code: 'custom', path: ['maturity'], message: `a "${cell.level}" cell has no maturity` });
      }
    });
export type SupportCellData = z.output<ReturnType<typeof SupportCellSchema>>;
