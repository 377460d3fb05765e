import { z } from 'astro/zod';
import { PastDateSchema, VersionSchema, type ReferenceFactory } from './common';
import { HISTORY_FIELDS, HISTORY_KINDS, MATURITIES, REQUIREMENT_IDS, SUPPORT_LEVELS, type SupportLevel } from './vocab';

/**
 * One change to a cell. `kind: release` — the project changed in a release (`version` names it;
 * `date` is the release date when a source states it, and is omitted otherwise). `kind: review` —
 * the atlas changed its reading of the sources (`date` is the day of the edit). `from`/`to` are the
 * field's values before and after (omitted = not set); a list for `requires`.
 */
export const HistoryEntrySchema = (ref: ReferenceFactory) =>
  z
    .object({
      /** When it changed: the release date (release) or the day the atlas was edited (review). */
      date: PastDateSchema().optional(),
      kind: z.enum(Object.keys(HISTORY_KINDS) as [keyof typeof HISTORY_KINDS, ...(keyof typeof HISTORY_KINDS)[]]),
      /** Which field of the cell changed. */
      field: z.enum(HISTORY_FIELDS),
      /** The value before; omitted when the field was not set. */
      from: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
      /** The value after; omitted when the field was cleared. */
      to: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
      /** The upstream version the change applies to. */
      version: VersionSchema().optional(),
      /** Why it changed, in a sentence. */
      reason: z.string().min(10),
      /** Evidence for the change. */
      sources: z.array(ref('sources')).min(1, 'needs at least one source'),
    })
    .strict();
export type HistoryEntryData = z.output<ReturnType<typeof HistoryEntrySchema>>;

/**
 * A source that disagrees with the cell. `claim` restates what the source says, in our words;
 * `level` is the support level the claim amounts to, when it amounts to one; `resolution` says why
 * the atlas's level differs, or which conditions make both readings true.
 */
export const DisputeSchema = (ref: ReferenceFactory) =>
  z
    .object({
      claim: z.string().min(10),
      level: z.enum(SUPPORT_LEVELS).optional(),
      /** Who makes the claim: the source's publisher is shown with it. */
      source: ref('sources'),
      resolution: z.string().min(10),
    })
    .strict();
export type DisputeData = z.output<ReturnType<typeof DisputeSchema>>;

/**
 * One matrix cell: how one mesh supports one feature. Levels other than `unknown` and
 * `not-applicable` must cite a source (enforced here); `unknown` may still cite what was read.
 */
export const SupportCellSchema = (ref: ReferenceFactory) =>
  z
    .object({
      /**
       * full, partial, none, unknown or not-applicable. Omitted only in a row computed from a
       * Gateway API conformance report (the feature's `conformance`), where the report decides.
       */
      level: z.enum(SUPPORT_LEVELS).optional(),
      /** Upstream maturity of what provides it (omit for none / unknown / not-applicable). */
      maturity: z.enum(MATURITIES).optional(),
      /** First version that provided it, as upstream names versions. */
      since: VersionSchema().optional(),
      /** Version that removed it, if it has been removed. */
      removed: VersionSchema().optional(),
      /** What has to be added or configured for the support to apply. */
      requires: z.array(z.enum(REQUIREMENT_IDS)).default([]),
      /** The nuance in a sentence or two, in our words (a computed row may add none). */
      note: z.string().min(10).optional(),
      /** Evidence: source ids. */
      sources: z.array(ref('sources')).default([]),
      /**
       * When a person last checked this cell against its sources. Omitted for a cell no one has
       * checked yet (it then counts as stale).
       */
      verified: PastDateSchema().optional(),
      /** The release of the mesh the cell was checked against; given with `verified`. */
      verifiedAgainst: VersionSchema().optional(),
      /** Every recorded change to the cell, oldest first. */
      history: z.array(HistoryEntrySchema(ref)).default([]),
      /** Sources that disagree with the cell, each with the atlas's answer. */
      disputes: z.array(DisputeSchema(ref)).default([]),
    })
    .strict()
    .superRefine((cell, ctx) => {
      if (cell.level !== undefined && cell.note === undefined) {
        ctx.addIssue({ code: 'custom', path: ['note'], message: 'a cell with a level needs a note saying what it rests on' });
      }
      if (cell.level !== undefined && cell.level !== 'unknown' && cell.level !== 'not-applicable' && cell.sources.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sources'], message: `a "${cell.level}" cell must cite at least one source` });
      }
      if ((cell.level === 'none' || cell.level === 'not-applicable') && cell.maturity && cell.maturity !== 'deprecated') {
        ctx.addIssue({ code: 'custom', path: ['maturity'], message: `a "${cell.level}" cell has no maturity` });
      }
      if ((cell.verified === undefined) !== (cell.verifiedAgainst === undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [cell.verified === undefined ? 'verified' : 'verifiedAgainst'],
          message: 'give `verified` (the date) and `verifiedAgainst` (the release checked) together, or neither for an unchecked cell',
        });
      }
    });
/** A cell as its mesh file states it (`level` may be left to a conformance report). */
export type SupportCellInput = z.output<ReturnType<typeof SupportCellSchema>>;

/** Where a computed cell came from: the report, by its content path and its source id. */
export interface DerivedFrom {
  /** Path of the report under content/conformance/, without `.yaml`. */
  report: string;
  /** The source id the report is cited by. */
  source: string;
  /** The profile the row reads (MESH-HTTP). */
  profile: string;
  /** The implementation version the report states, as written there. */
  version: string;
}

/** A cell as every page reads it: the mesh file's cell, or the one computed from a report. */
export type SupportCellData = Omit<SupportCellInput, 'level' | 'note'> & {
  level: SupportLevel;
  note: string;
  /** Set on a cell computed from a Gateway API conformance report. */
  derivedFrom?: DerivedFrom;
};
